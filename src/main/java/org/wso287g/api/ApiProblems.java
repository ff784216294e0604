package org.wso287g.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.wso287g.common.RuleViolation;

/**
 * Every refusal of the API is an RFC 7807 problem body that names each bad field and why. Spring's
 * own handler covers malformed requests (unreadable JSON, a missing part, an oversized upload).
 */
@RestControllerAdvice(basePackages = "org.wso287g")
class ApiProblems extends ResponseEntityExceptionHandler {

  @ExceptionHandler(RuleViolation.class)
  ProblemDetail refused(RuleViolation violation) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, violation.getMessage());
    problem.setTitle("Refused by the program's rules");
    problem.setType(URI.create("urn:wso287g:problem:rule-violation"));
    List<Map<String, String>> errors = violation.problems().stream()
        .map(p -> Map.of("field", p.field(), "reason", p.reason())).toList();
    problem.setProperty("errors", errors);
    return problem;
  }

  @ExceptionHandler(CallerNotAllowed.class)
  ProblemDetail notAllowed(CallerNotAllowed refusal) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, refusal.getMessage());
    problem.setTitle("Not allowed for your groups");
    return problem;
  }
}
