package org.wso287g.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.wso287g.access.NotAllowed;
import org.wso287g.common.NotWaiting;
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

  /** Malformed JSON, a wrong type or an unknown field: the problem names the field where it can. */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setTitle("Unreadable request body");
    if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = mapping.getPath().stream()
          .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
          .collect(Collectors.joining("."));
      String reason = mapping instanceof UnrecognizedPropertyException
          ? "'" + field + "' is not a field of this request."
          : "'" + field + "' has the wrong type or format: " + mapping.getOriginalMessage();
      problem.setDetail(reason);
      problem.setProperty("errors", List.of(Map.of("field", field, "reason", reason)));
    } else if (ex.getCause() instanceof StreamConstraintsException) {
      // Jackson's read limits (a number of more than 1000 digits, say) stop it before it knows the field.
      problem.setDetail("A value in the body is longer than this request allows.");
    } else {
      problem.setDetail("The body is not well-formed JSON.");
    }
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  @ExceptionHandler(NotWaiting.class)
  ProblemDetail notWaiting(NotWaiting refusal) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, refusal.getMessage());
    problem.setTitle("Not waiting for this message");
    return problem;
  }

  @ExceptionHandler(NotAllowed.class)
  ProblemDetail notAllowed(NotAllowed refusal) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, refusal.getMessage());
    problem.setTitle("Not allowed for your groups");
    return problem;
  }
}
