package org.wso287g.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;
import org.wso287g.WsoApplication;

class AdminPasswordRequiredTest {

  final AdminPasswordRequired check = new AdminPasswordRequired();

  @Test
  void thePostgresProfileRefusesToStartWithoutTheAdministratorsPassword() {
    MockEnvironment postgres = new MockEnvironment();
    postgres.setActiveProfiles("postgres");
    postgres.setProperty(AdminPasswordRequired.PROPERTY, " ");

    assertThatThrownBy(() -> check.postProcessEnvironment(postgres, new SpringApplication()))
        .isInstanceOf(AdminPasswordRequired.MissingAdminPassword.class)
        .hasMessageContaining("WSO_ADMIN_PASSWORD");

    postgres.setProperty(AdminPasswordRequired.PROPERTY, "s3cret");
    assertThatCode(() -> check.postProcessEnvironment(postgres, new SpringApplication())).doesNotThrowAnyException();
  }

  @Test
  void thePostgresProfileRefusesAnAdministratorsPasswordThePolicyRefuses() {
    MockEnvironment postgres = new MockEnvironment();
    postgres.setActiveProfiles("postgres");
    postgres.setProperty(AdminPasswordRequired.POLICY_ENABLED, "true");

    for (String weak : new String[] {"s3cret", "change-me", "Program-Admin-2026"}) {
      postgres.setProperty(AdminPasswordRequired.PROPERTY, weak);
      assertThatThrownBy(() -> check.postProcessEnvironment(postgres, new SpringApplication())).as(weak)
          .isInstanceOf(AdminPasswordRequired.WeakAdminPassword.class)
          .hasMessageContaining("WSO_ADMIN_PASSWORD").hasMessageContaining("password policy");
    }
    // Only what is missing is named: here the user data (the id "admin" is part of it).
    postgres.setProperty(AdminPasswordRequired.PROPERTY, "Admin-Password-2026");
    assertThatThrownBy(() -> check.postProcessEnvironment(postgres, new SpringApplication()))
        .hasMessage("WSO_ADMIN_PASSWORD does not meet the password policy: it must not contain the user's id, "
            + "first name, last name or email.");

    postgres.setProperty(AdminPasswordRequired.PROPERTY, "Field-Office-2026");
    assertThatCode(() -> check.postProcessEnvironment(postgres, new SpringApplication())).doesNotThrowAnyException();
  }

  @Test
  void theEmbeddedDefaultKeepsItsDemoAdministrator() {
    MockEnvironment embedded = new MockEnvironment();
    assertThatCode(() -> check.postProcessEnvironment(embedded, new SpringApplication())).doesNotThrowAnyException();
  }

  @Test
  void startingThePostgresProfileWithoutThePasswordStopsBeforeTheDatabaseWithAMessageSayingWhatToSet() {
    // The real application, as an operator would start it: it stops while reading its settings,
    // so no database is needed (the URL points nowhere).
    assertThatThrownBy(() -> new SpringApplicationBuilder(WsoApplication.class).web(WebApplicationType.NONE)
        .profiles("postgres")
        .run("--spring.datasource.url=jdbc:postgresql://localhost:1/nowhere", "--camunda.bpm.admin-user.password="))
        .isInstanceOf(AdminPasswordRequired.MissingAdminPassword.class);

    FailureAnalysis analysis = new AdminPasswordRequired.Analyzer().analyze(new AdminPasswordRequired.MissingAdminPassword());
    assertThat(analysis.getDescription()).contains("postgres profile", "empty");
    assertThat(analysis.getAction()).contains("WSO_ADMIN_PASSWORD");
  }

  @Test
  void startingThePostgresProfileWithAWeakPasswordStopsWithAMessageSayingWhatThePolicyAsks() {
    // application.yaml turns the policy on (enablePasswordPolicy): the check reads that setting.
    assertThatThrownBy(() -> new SpringApplicationBuilder(WsoApplication.class).web(WebApplicationType.NONE)
        .profiles("postgres")
        .run("--spring.datasource.url=jdbc:postgresql://localhost:1/nowhere", "--camunda.bpm.admin-user.password=change-me"))
        .isInstanceOf(AdminPasswordRequired.WeakAdminPassword.class);

    FailureAnalysis analysis = new AdminPasswordRequired.Analyzer()
        .analyze(new AdminPasswordRequired.WeakAdminPassword("it needs at least 1 digit"));
    assertThat(analysis.getDescription()).contains("WSO_ADMIN_PASSWORD", "password policy", "at least 1 digit");
    assertThat(analysis.getAction()).contains("WSO_ADMIN_PASSWORD", "at least 10 characters", "special character");
  }
}
