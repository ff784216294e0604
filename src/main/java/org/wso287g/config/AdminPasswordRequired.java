package org.wso287g.config;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.wso287g.common.Text;

/**
 * The {@code postgres} profile creates the administrator from the environment: without
 * {@code WSO_ADMIN_PASSWORD} start-up stops at once, before anything is written, instead of creating
 * an administrator with an empty password.
 */
public class AdminPasswordRequired implements EnvironmentPostProcessor {

  static final String PROPERTY = "camunda.bpm.admin-user.password";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (environment.acceptsProfiles(Profiles.of("postgres"))) {
      String password = environment.getProperty(PROPERTY);
      if (!Text.present(password)) {
        throw new MissingAdminPassword();
      }
    }
  }

  /** Start-up refused: the administrator's password is not set. */
  public static class MissingAdminPassword extends IllegalStateException {
    MissingAdminPassword() {
      super("The postgres profile needs the administrator's password: set WSO_ADMIN_PASSWORD.");
    }
  }

  /** Says what to do, instead of a stack trace. */
  public static class Analyzer extends AbstractFailureAnalyzer<MissingAdminPassword> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingAdminPassword cause) {
      return new FailureAnalysis(
          "The postgres profile is active, and the administrator's password (" + PROPERTY + ") is empty.",
          "Set the environment variable WSO_ADMIN_PASSWORD to the password of the administrator "
              + "(user id WSO_ADMIN_USER, default admin) and start again.",
          cause);
    }
  }
}
