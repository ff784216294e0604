package org.wso287g.config;

import java.util.List;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.wso287g.common.Text;
import org.wso287g.security.PasswordPolicyInWords;

/**
 * The {@code postgres} profile creates the administrator from the environment: without
 * {@code WSO_ADMIN_PASSWORD}, or with one the engine's password policy refuses, start-up stops at once,
 * before anything is written, with a message naming the variable (and what the policy asks for), instead
 * of creating an administrator with an empty password or failing in the engine with a stack trace.
 */
public class AdminPasswordRequired implements EnvironmentPostProcessor {

  static final String PROPERTY = "camunda.bpm.admin-user.password";
  static final String POLICY_ENABLED = "camunda.bpm.generic-properties.properties.enablePasswordPolicy";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (environment.acceptsProfiles(Profiles.of("postgres"))) {
      String password = environment.getProperty(PROPERTY);
      if (!Text.present(password)) {
        throw new MissingAdminPassword();
      }
      if (environment.getProperty(POLICY_ENABLED, Boolean.class, false)) {
        List<PasswordPolicyRule> missed = new DefaultPasswordPolicyImpl().getRules().stream()
            .filter(rule -> !rule.execute(password, administrator(environment)))
            .toList();
        if (!missed.isEmpty()) {
          throw new WeakAdminPassword(PasswordPolicyInWords.of(missed));
        }
      }
    }
  }

  /** The administrator as Camunda's CreateAdminUserConfiguration creates it (email id@localhost when none is set). */
  private static UserEntity administrator(ConfigurableEnvironment environment) {
    String id = environment.getProperty("camunda.bpm.admin-user.id", "admin");
    UserEntity administrator = new UserEntity(id);
    administrator.setFirstName(environment.getProperty("camunda.bpm.admin-user.first-name", id));
    administrator.setLastName(environment.getProperty("camunda.bpm.admin-user.last-name", id));
    administrator.setEmail(environment.getProperty("camunda.bpm.admin-user.email", id + "@localhost"));
    return administrator;
  }

  /** Start-up refused because of the administrator's password. */
  public abstract static class AdminPasswordRefused extends IllegalStateException {
    AdminPasswordRefused(String message) {
      super(message);
    }

    abstract String description();

    abstract String action();
  }

  /** Start-up refused: the administrator's password is not set. */
  public static class MissingAdminPassword extends AdminPasswordRefused {
    MissingAdminPassword() {
      super("The postgres profile needs the administrator's password: set WSO_ADMIN_PASSWORD.");
    }

    @Override
    String description() {
      return "The postgres profile is active, and the administrator's password (" + PROPERTY + ") is empty.";
    }

    @Override
    String action() {
      return "Set the environment variable WSO_ADMIN_PASSWORD to the password of the administrator "
          + "(user id WSO_ADMIN_USER, default admin) and start again.";
    }
  }

  /** Start-up refused: the administrator's password does not meet the engine's password policy. */
  public static class WeakAdminPassword extends AdminPasswordRefused {
    private final String missing;

    WeakAdminPassword(String missing) {
      super("WSO_ADMIN_PASSWORD does not meet the password policy: " + missing + ".");
      this.missing = missing;
    }

    @Override
    String description() {
      return "The administrator's password (" + PROPERTY + ", from WSO_ADMIN_PASSWORD) does not meet the "
          + "password policy (camunda.bpm.generic-properties.properties.enablePasswordPolicy): " + missing + ".";
    }

    @Override
    String action() {
      return "Set the environment variable WSO_ADMIN_PASSWORD to a password that meets the policy ("
          + PasswordPolicyInWords.of(new DefaultPasswordPolicyImpl().getRules()) + ") and start again.";
    }
  }

  /** Says what to do, instead of a stack trace. */
  public static class Analyzer extends AbstractFailureAnalyzer<AdminPasswordRefused> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AdminPasswordRefused cause) {
      return new FailureAnalysis(cause.description(), cause.action(), cause);
    }
  }
}
