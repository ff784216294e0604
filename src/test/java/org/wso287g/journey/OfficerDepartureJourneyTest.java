package org.wso287g.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Processes 5 and 6 with the demo users, through the engine with authorization on: the demo agency's
 * command staff nominate another candidate and report their first officer's departure from the
 * Tasklist start forms; the credential departs at once and the New Orleans WSO point of contact records
 * its return. The steps build on each other, in order.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:departure-journey;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    "camunda.bpm.job-execution.enabled=false"})
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OfficerDepartureJourneyTest {

  static final String CREDENTIAL = "WSO-LA0990000-0001";

  @Autowired DemoUsers users;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired JdbcTemplate jdbc;

  static String today() {
    return LocalDate.now(ZoneId.of("America/Chicago")).toString();
  }

  static Map<String, Object> additionalCandidate(String badge) {
    return Variables.createVariables().putValue("agencyOri", "la0990000").putValue("candidateCount", 1L)
        .putValueTyped("candidates", SpinValues.jsonValue("[{\"fullName\":\"Second Officer\",\"badgeNumber\":\"" + badge
            + "\",\"email\":\"second.officer@demo-parish.invalid\",\"usCitizen\":true}]").create());
  }

  @Test
  @Order(1)
  void theCommandStaffOfAnOperationalAgencyNominateAnotherCandidate() {
    String application = users.makeDemoAgencyOperational("Demo WSO", "demo.wso@demo-parish.invalid");
    assertThatThrownBy(() -> users.start("nol.director", "wsoAdditionalCandidates", additionalCandidate("D-102")))
        .as("only the agency's command staff may start it").isInstanceOf(AuthorizationException.class);

    var instance = users.start("demo.sheriff", "wsoAdditionalCandidates", additionalCandidate("D-102"));

    assertThat(instance.getBusinessKey()).isEqualTo(application);
    Task background = users.task("ps.investigator", "userTask_backgroundInvestigation");
    assertThat(background.getName()).contains("Second Officer");
    assertThat(jdbc.queryForObject("select count(*) from candidate where badge_number = 'D-102'", Long.class)).isEqualTo(1);
    assertThatThrownBy(() -> users.start("demo.sheriff", "wsoAdditionalCandidates",
        Variables.fromMap(additionalCandidate("D-103")).putValue("agencyName", "Another name")))
        .as("rule 8: only the form's fields").hasMessageContaining("'agencyName' may not be set here");
  }

  @Test
  @Order(2)
  void theCommandStaffReportADepartureAndThePointOfContactRecordsTheReturn() {
    assertThat(identity.createUserQuery().userId("demo.wso").memberOfGroup("lea-la0990000-wso").count()).isEqualTo(1);
    assertThatThrownBy(() -> users.start("demo.sheriff", "wsoOfficerDeparture", Map.of("credentialNumber", CREDENTIAL,
        "departureDate", LocalDate.now().plusYears(2).toString(), "departureReason", "Retirement")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("at most one year ahead");

    var instance = users.start("demo.sheriff", "wsoOfficerDeparture", Map.of("credentialNumber", CREDENTIAL,
        "departureDate", today(), "departureReason", "Retirement"));

    assertThat(instance.getBusinessKey()).isEqualTo(CREDENTIAL);
    assertThat(jdbc.queryForMap("select status, departure_notice_short, returned_on from credential where number = ?", CREDENTIAL))
        .containsEntry("STATUS", "DEPARTED").containsEntry("DEPARTURE_NOTICE_SHORT", true).containsEntry("RETURNED_ON", null);
    assertThat(identity.createUserQuery().userId("demo.wso").memberOfGroup("lea-la0990000-wso").count()).isZero();
    Task giveBack = users.task("nol.poc", "userTask_recordCredentialReturn");
    assertThat(giveBack.getName()).isEqualTo("Record credential return — Demo WSO (" + CREDENTIAL + ")");
    assertThat(giveBack.getDueDate()).isNotNull();
    assertThat(users.visibleTaskKeys("demo.sheriff")).doesNotContain("userTask_recordCredentialReturn");

    assertThatThrownBy(() -> users.complete("nol.poc", giveBack, Map.of("credentialReturnedOn", today(),
        "credentialNumber", "WSO-LA0990000-0002"))).hasMessageContaining("'credentialNumber' may not be set here");
    assertThatThrownBy(() -> users.complete("nol.poc", giveBack, Map.of("credentialReturnedOn",
        LocalDate.parse(today()).plusDays(1).toString()))).hasMessageContaining("cannot be dated in the future");
    users.complete("nol.poc", giveBack, Map.of("credentialReturnedOn", today()));

    assertThat(jdbc.queryForMap("select returned_on, return_recorded_by from credential where number = ?", CREDENTIAL))
        .containsEntry("RETURN_RECORDED_BY", "nol.poc");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(CREDENTIAL).count()).isZero();
  }
}
