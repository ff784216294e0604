package org.wso287g.config;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.wso287g.common.ConcurrentDuplicate;

/**
 * engine-rest answers a refusal with 400 on submit-form and complete, but with a 500 elsewhere: on
 * {@code /process-definition/.../start} and {@code /message} it wraps it into a RestException, and a
 * refusal from a task listener (the serve task's authority guard on {@code /claim} and
 * {@code /assignee}) reaches it wrapped into a ProcessEngineException. These mappers, preferred over
 * engine-rest's own for the same exception types, answer every refusal of a person's input with 400
 * and the rule's sentence alone, a refused authorization (wrapped the same way on {@code /message})
 * with 403, a start that lost a race for a record kept once (rule 13) with 409 and the sentence
 * alone, and leave every other error as engine-rest answers it. They serve
 * /engine-rest and the web apps' engine API that the Tasklist calls ({@link EngineConfiguration}).
 */
final class RefusalExceptionMapper {

  private RefusalExceptionMapper() {}

  static Optional<Response> refusal(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof FormFieldValidationException refusal) {
        return Optional.of(answer(Response.Status.BAD_REQUEST, "InvalidRequestException", refusal.getMessage()));
      }
      if (cause instanceof AuthorizationException refusal) {
        return Optional.of(answer(Response.Status.FORBIDDEN, "AuthorizationException", refusal.getMessage()));
      }
      if (cause instanceof ConcurrentDuplicate race) {
        return Optional.of(answer(Response.Status.CONFLICT, "ConcurrentDuplicate", race.getMessage()));
      }
    }
    return Optional.empty();
  }

  /** The rule's sentence alone: never the database's message that a lost race carries as its cause. */
  private static Response answer(Response.Status status, String type, String sentence) {
    ExceptionDto body = new ExceptionDto();
    body.setType(type);
    body.setMessage(sentence);
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  /**
   * Rule 13: a start that lost a race with another one for the same agency or warrant number. The
   * engine lets the exception out as it is (it is not one of its own), so no engine-rest mapper
   * would take it but the catch-all one, with a 500.
   */
  @Priority(1)
  static class ForConcurrentDuplicates implements ExceptionMapper<ConcurrentDuplicate> {

    @Override
    public Response toResponse(ConcurrentDuplicate exception) {
      return refusal(exception).orElseThrow();
    }
  }

  @Priority(1)
  static class ForRestExceptions implements ExceptionMapper<RestException> {

    private final RestExceptionHandler engineRest = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      return refusal(exception).orElseGet(() -> engineRest.toResponse(exception));
    }
  }

  @Priority(1)
  static class ForEngineExceptions implements ExceptionMapper<ProcessEngineException> {

    private final ProcessEngineExceptionHandler engineRest = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException exception) {
      return refusal(exception).orElseGet(() -> engineRest.toResponse(exception));
    }
  }
}
