package org.wso287g.config;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.context.request.WebRequest;
import org.wso287g.common.Incident;

/**
 * What an error outside the REST APIs' own handlers answers: Spring's {@code /error} (an exception no
 * handler took, a filter's failure, an address nothing serves) and Tomcat's report of a request refused
 * before any servlet (an address that is not valid HTTP). Both are JSON, both say why in words
 * ({@code detail}, the RFC 7807 member, and {@code message}), and neither shows an exception's message or
 * stack trace: a 5xx logs the exception under an incident reference and gives the caller the reference.
 */
@Configuration(proxyBeanMethods = false)
class ErrorBodies {

  @Bean
  DefaultErrorAttributes errorAttributes() {
    return new DefaultErrorAttributes() {
      @Override
      public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        // Spring's defaults: status, error, path and timestamp; never the message, the exception or the trace.
        Map<String, Object> body = super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
        int status = body.get("status") instanceof Integer code ? code : 500;
        String detail;
        if (status >= 500 && status < 600) {
          Throwable fault = getError(request);
          String reference = Incident.record("error page " + body.get("path"),
              fault != null ? fault : new IllegalStateException("HTTP " + status + " without an exception"));
          detail = Incident.sentence(reference);
          body.put("reference", reference);
        } else {
          detail = refusal(status);
        }
        body.put("title", body.get("error"));
        body.put("detail", detail);
        body.put("message", detail);
        body.put("instance", body.get("path"));
        return body;
      }
    };
  }

  static String refusal(int status) {
    HttpStatus known = HttpStatus.resolve(status);
    return switch (status) {
      case 400 -> "The request is not valid HTTP for this server (its address, headers or body).";
      case 401 -> "Sign in: the credentials were missing or wrong.";
      case 403 -> "You may not do this.";
      case 404 -> "Nothing is at this address.";
      case 405 -> "This address does not take this method.";
      case 413 -> "The request is larger than this server takes.";
      case 415 -> "This address does not take a body of this content type.";
      case 999 -> "There is no error to report.";
      default -> "The request was refused: " + (known != null ? known.getReasonPhrase() : "HTTP " + status) + ".";
    };
  }

  /** Tomcat's report of a request refused before any servlet saw it, as JSON instead of an HTML page. */
  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> jsonErrorReports() {
    return factory -> factory.addContextCustomizers(context -> {
      if (context.getParent() instanceof StandardHost host) {
        Pipeline pipeline = host.getPipeline();
        for (Valve valve : pipeline.getValves()) {
          if (valve instanceof ErrorReportValve && !(valve instanceof JsonErrorReport)) {
            pipeline.removeValve(valve);
          }
        }
        host.setErrorReportValveClass(JsonErrorReport.class.getName());
      }
    });
  }

  /** Tomcat creates it by its class name. */
  public static class JsonErrorReport extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      int status = response.getStatus();
      if (status < 400 || response.getContentWritten() > 0) {
        return;
      }
      AtomicBoolean writable = new AtomicBoolean(false);
      response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
      if (!writable.get()) {
        return;
      }
      String detail;
      if (status >= 500) {
        String reference = Incident.record("Tomcat " + request.getDecodedRequestURI(),
            throwable != null ? throwable : new IllegalStateException("HTTP " + status + " before any servlet"));
        detail = Incident.sentence(reference);
      } else {
        detail = refusal(status);
      }
      HttpStatus known = HttpStatus.resolve(status);
      String error = known != null ? known.getReasonPhrase() : "Error";
      try {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        Writer writer = response.getReporter();
        if (writer != null) {
          writer.write("{\"status\":" + status + ",\"error\":\"" + error + "\",\"title\":\"" + error + "\",\"detail\":\""
              + detail + "\",\"message\":\"" + detail + "\"}");
          response.finishResponse();
        }
      } catch (IOException | IllegalStateException e) {
        // The connection is gone or the response was taken over: there is nobody to tell.
      }
    }
  }
}
