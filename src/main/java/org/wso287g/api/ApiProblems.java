package org.wso287g.api;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.wso287g.access.NotAllowed;
import org.wso287g.common.ConcurrentDuplicate;
import org.wso287g.common.Incident;
import org.wso287g.common.NotWaiting;
import org.wso287g.common.RuleViolation;
import org.wso287g.common.UnkeepableValue;
import org.wso287g.process.Refusals;

/**
 * Every error of the API is an RFC 7807 problem body. A refusal names each bad field and why; Spring's
 * own handler covers malformed requests (unreadable JSON, a missing part, an oversized upload, a content
 * type or method the call does not take), also those refused before a controller is chosen, which is
 * why this advice is not limited to the program's controllers. A fault on the server is a 500 that says
 * only that it happened, with an incident reference; its exception goes to the log ({@link Incident}).
 */
@RestControllerAdvice
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

  /** A refusal the engine raised on the way (a step's rule, the caller guard) that no controller turned back. */
  @ExceptionHandler(FormFieldValidationException.class)
  ProblemDetail refusedInTheEngine(FormFieldValidationException refusal) {
    return refused(Refusals.violation(refusal));
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
      String reason = reason(field, mapping);
      problem.setDetail(reason);
      problem.setProperty("errors", List.of(Map.of("field", field, "reason", reason)));
    } else if (constraint(ex)) {
      // Jackson's read limits (a number of more than 1000 digits, say) stop it before it knows the field.
      problem.setDetail("A value in the body is longer than this request allows.");
    } else {
      problem.setDetail("The body is not well-formed JSON.");
    }
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  /** Why a field was refused, in words: Jackson's own message names the Java types it was to become. */
  private static String reason(String field, JsonMappingException mapping) {
    if (mapping instanceof UnrecognizedPropertyException) {
      return "'" + field + "' is not a field of this request.";
    }
    if (constraint(mapping)) {
      return "'" + field + "' holds a value longer than this request allows.";
    }
    if (mapping instanceof InvalidFormatException invalid && invalid.getOriginalMessage().endsWith(PlainText.REASON)) {
      return "'" + field + "' " + PlainText.REASON;
    }
    Class<?> target = mapping instanceof MismatchedInputException mismatched ? mismatched.getTargetType() : null;
    String sent = mapping instanceof InvalidFormatException invalid && invalid.getValue() != null
        ? "; '" + abbreviated(String.valueOf(invalid.getValue())) + "' was sent." : ".";
    return "'" + field + "' must be " + expected(target) + sent;
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "of the form the API description gives";
    } else if (type == String.class) {
      return "text";
    } else if (type == Integer.class || type == int.class || type == Long.class || type == long.class
        || type == BigInteger.class) {
      return "a whole number";
    } else if (Number.class.isAssignableFrom(type) || type == double.class || type == BigDecimal.class) {
      return "a number";
    } else if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    } else if (type == LocalDate.class) {
      return "a date, yyyy-mm-dd (e.g. 2026-11-28)";
    } else if (type == OffsetDateTime.class) {
      return DateTimeWithOffset.FORM;
    }
    return "of the form the API description gives";
  }

  private static String abbreviated(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }

  private static boolean constraint(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof StreamConstraintsException) {
        return true;
      }
    }
    return false;
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

  @ExceptionHandler(AuthorizationException.class)
  ProblemDetail notAllowedByTheEngine(AuthorizationException refusal) {
    return notAllowed(new NotAllowed(refusal.getMessage()));
  }

  @ExceptionHandler(NotOnRecord.class)
  ProblemDetail notOnRecord(NotOnRecord missing) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, missing.getMessage());
    problem.setTitle("Not found");
    return problem;
  }

  /** Rule 13, for a write no controller expected to race: the database kept the other request's record. */
  @ExceptionHandler(ConcurrentDuplicate.class)
  ProblemDetail duplicate(ConcurrentDuplicate race) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, race.getMessage());
    problem.setTitle("Already on record");
    return problem;
  }

  /**
   * The rest: a value the database refused as data is the caller's (400, {@link UnkeepableValue}); anything
   * else a fault on the server (500). Neither shows the exception's message.
   */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> fault(Exception fault, WebRequest request) {
    String where = request.getDescription(false);
    ProblemDetail problem;
    if (UnkeepableValue.causedBy(fault)) {
      String reference = Incident.recordRefusal(where, fault);
      problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, UnkeepableValue.SENTENCE);
      problem.setTitle("Value not kept");
      problem.setProperty("reference", reference);
    } else {
      String reference = Incident.record(where, fault);
      problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, Incident.sentence(reference));
      problem.setTitle("Server fault");
      problem.setProperty("reference", reference);
    }
    return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
