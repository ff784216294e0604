package org.wso287g.config;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.wso287g.common.ConcurrentDuplicate;
import org.wso287g.common.Incident;
import org.wso287g.common.UnkeepableValue;

/**
 * How /engine-rest and the web apps' engine API that the Tasklist calls ({@link EngineConfiguration})
 * answer an error, in Camunda's shape ({@code {"type", "message"}}); these mappers are preferred over
 * engine-rest's own for the same exception types.
 * <ul>
 *   <li>A refusal of a person's input is 400 with the rule's sentence alone, on every endpoint (engine-rest
 *   answers it with 500 on {@code /process-definition/.../start} and {@code /message}, where it wraps it,
 *   and on {@code /claim} and {@code /assignee}, where a task listener raises it); a refused authorization
 *   403; a start that lost a race for a record kept once (rule 13) 409 with the sentence alone.</li>
 *   <li>What is the caller's fault but engine-rest answers with 500 is a 4xx with the reason: a task id that
 *   names no task (404), a body that is not the call's JSON (400), a variable whose value does not fit
 *   the type it declares (400).</li>
 *   <li>Every other 5xx says only that a fault happened, with an incident reference; the exception, whose
 *   message may carry SQL, table, column and class names, goes to the log under that reference
 *   ({@link Incident}). A 4xx keeps engine-rest's message, without the Java types it names.</li>
 * </ul>
 */
final class RefusalExceptionMapper {

  /** engine-rest's conversion message names the Java type a value was meant to become. */
  private static final Pattern JAVA_TYPE = Pattern.compile(" to java type [\\w.$\\[\\]]+");

  /** How the engine says that a record named by id is not there. */
  private static final Pattern NOT_THERE = Pattern.compile("(?i)cannot find|doesn't exist|does not exist|not found");

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

  /**
   * The caller's faults that engine-rest answers with 500: the command's own check of its parameters (a task,
   * an instance named by id that is not there: 404; a value left out: 400), and a value that engine-rest's conversion of the body's variables refuses
   * (a File without its name, say), raised before any command runs; a value the database refused as data
   * ({@link UnkeepableValue}).
   */
  static Optional<Response> clientFault(Throwable exception) {
    if (UnkeepableValue.causedBy(exception)) {
      String reference = Incident.recordRefusal("engine REST API", exception);
      return Optional.of(answer(Response.Status.BAD_REQUEST, "InvalidRequestException",
          UnkeepableValue.SENTENCE + " Reference " + reference + "."));
    }
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof NullValueException missing) {
        // The engine's check of a command's parameters: a record named by id that is not there, else a value left out.
        boolean notThere = missing.getMessage() != null && NOT_THERE.matcher(missing.getMessage()).find();
        return Optional.of(answer(notThere ? Response.Status.NOT_FOUND : Response.Status.BAD_REQUEST,
            "InvalidRequestException", messageOf(exception)));
      }
      if (cause instanceof IllegalArgumentException conversion && raisedIn(conversion, "org.camunda.bpm.engine.rest.dto.")) {
        return Optional.of(answer(Response.Status.BAD_REQUEST, "InvalidRequestException",
            "A variable's value does not fit the type it declares: " + conversion.getMessage()));
      }
    }
    return Optional.empty();
  }

  private static boolean raisedIn(Throwable exception, String packagePrefix) {
    for (StackTraceElement frame : exception.getStackTrace()) {
      if (frame.getClassName().startsWith(packagePrefix)) {
        return true;
      }
      if (frame.getClassName().startsWith("org.camunda.bpm.engine.rest.sub.") ||
          frame.getClassName().startsWith("org.camunda.bpm.engine.rest.impl.")) {
        return false;
      }
    }
    return false;
  }

  /** The outermost message, as engine-rest would give it (the call, then the command's reason). */
  private static String messageOf(Throwable exception) {
    return exception.getMessage() == null ? "Not found." : exception.getMessage();
  }

  /**
   * engine-rest's own answer, unless it is a 5xx: then a sentence and an incident reference instead of
   * the exception's message; a 4xx message loses the Java types it names.
   */
  static Response guarded(Throwable exception, Response engineRest) {
    if (engineRest.getStatus() >= 500) {
      String reference = Incident.record("engine REST API", exception);
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", "ServerError");
      body.put("message", Incident.sentence(reference));
      body.put("reference", reference);
      return Response.status(engineRest.getStatus()).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
    if (engineRest.getEntity() instanceof ExceptionDto dto && dto.getMessage() != null) {
      dto.setMessage(JAVA_TYPE.matcher(dto.getMessage()).replaceAll(""));
    }
    return engineRest;
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
      return refusal(exception).or(() -> clientFault(exception))
          .orElseGet(() -> guarded(exception, engineRest.toResponse(exception)));
    }
  }

  @Priority(1)
  static class ForEngineExceptions implements ExceptionMapper<ProcessEngineException> {

    private final ProcessEngineExceptionHandler engineRest = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException exception) {
      return refusal(exception).or(() -> clientFault(exception))
          .orElseGet(() -> guarded(exception, engineRest.toResponse(exception)));
    }
  }

  /** Every other exception: engine-rest's catch-all answer (its status for a web exception), guarded. */
  @Priority(1)
  static class ForEverythingElse implements ExceptionMapper<Throwable> {

    private final ExceptionHandler engineRest = new ExceptionHandler();

    @Override
    public Response toResponse(Throwable exception) {
      return refusal(exception).or(() -> clientFault(exception))
          .orElseGet(() -> guarded(exception, engineRest.toResponse(exception)));
    }
  }

  /**
   * A body that is not the call's JSON: 400 saying where, without the classes it was to become (Jackson's
   * own message names them, and engine-rest answers malformed JSON with an empty message).
   */
  static Response unreadable(JsonProcessingException exception) {
    String reason;
    if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String at = mapping.getPath().stream()
          .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
          .collect(Collectors.joining("."));
      reason = "The body does not fit this call: '" + at + "' has the wrong type or form.";
    } else if (exception instanceof StreamConstraintsException) {
      reason = "The body holds a value longer or deeper than this call allows.";
    } else if (exception instanceof JsonParseException) {
      reason = "The body is not well-formed JSON.";
    } else {
      reason = "The body does not fit this call: it must be a JSON object with the call's fields.";
    }
    return answer(Response.Status.BAD_REQUEST, "InvalidRequestException", reason);
  }

  @Priority(1)
  static class ForUnreadableJson implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException exception) {
      return unreadable(exception);
    }
  }

  @Priority(1)
  static class ForMalformedJson implements ExceptionMapper<JsonParseException> {

    @Override
    public Response toResponse(JsonParseException exception) {
      return unreadable(exception);
    }
  }

  @Priority(1)
  static class ForMismatchedJson implements ExceptionMapper<JsonMappingException> {

    @Override
    public Response toResponse(JsonMappingException exception) {
      return unreadable(exception);
    }
  }

  /**
   * A JSON body that is {@code null}: Jackson reads it as no object at all, and engine-rest's resources
   * then fail on it with a NullPointerException (a 500). Refused as the malformed body it is.
   */
  @Priority(1)
  static class NullBodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
      if (context.getMediaType() == null || !MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
        return context.proceed();
      }
      byte[] body = context.getInputStream().readAllBytes();
      if ("null".equals(new String(body, StandardCharsets.UTF_8).trim())) {
        throw new InvalidRequestException(Response.Status.BAD_REQUEST,
            "The body does not fit this call: it must be a JSON object with the call's fields, not null.");
      }
      context.setInputStream(new ByteArrayInputStream(body));
      return context.proceed();
    }
  }

  /** Every mapper and the body check, for both servlets. */
  static final Class<?>[] ALL = {ForRestExceptions.class, ForEngineExceptions.class, ForConcurrentDuplicates.class,
      ForEverythingElse.class, ForUnreadableJson.class, ForMalformedJson.class, ForMismatchedJson.class,
      NullBodies.class};
}
