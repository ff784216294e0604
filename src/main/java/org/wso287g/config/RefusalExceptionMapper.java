package org.wso287g.config;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * engine-rest answers a refusal with 400 on submit-form and complete, but wraps it into a 500 on
 * other endpoints ({@code /process-definition/.../start}, {@code /message}). This mapper, preferred
 * over engine-rest's own for the same exception type, answers every refusal of a person's input with
 * 400 and the rule's sentence alone, and leaves every other error as engine-rest answers it.
 */
@Priority(1)
class RefusalExceptionMapper implements ExceptionMapper<RestException> {

  private final RestExceptionHandler engineRest = new RestExceptionHandler();

  @Override
  public Response toResponse(RestException exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof FormFieldValidationException refusal) {
        ExceptionDto body = new ExceptionDto();
        body.setType("InvalidRequestException");
        // Only the rule's sentence: the clerk reads it in the Tasklist, without engine ids around it.
        body.setMessage(refusal.getMessage());
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
      }
    }
    return engineRest.toResponse(exception);
  }
}
