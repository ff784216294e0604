package org.wso287g.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The Tasklist filters created at start-up: which task steps each shows, and which groups may read it.
 * A filter missing from an existing database is created the same way (IdentitySetup looks each one up by name).
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:tasklist-filters;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    "camunda.bpm.job-execution.enabled=false"})
@DirtiesContext
class TasklistFiltersTest {

  @Autowired FilterService filters;
  @Autowired AuthorizationService authorizations;

  @Test
  void complaintsAreForEroDirectorsAndHeadquarters() {
    Filter complaints = filter(TasklistFilters.COMPLAINTS);
    assertThat(keys(complaints)).containsExactlyInAnyOrder("userTask_referComplaint",
        "userTask_recordInvestigationOutcome", "userTask_notifyComplaintParties");
    assertThat(mayRead(complaints, "fo-nol-ero")).isTrue();
    assertThat(mayRead(complaints, "fo-nol-director")).isTrue();
    assertThat(mayRead(complaints, "hq-287g")).isTrue();
    assertThat(mayRead(complaints, "fo-nol-wso-poc")).isFalse();
  }

  @Test
  void credentialReturnsAreForTheWsoPointsOfContact() {
    Filter returns = filter(TasklistFilters.CREDENTIAL_RETURNS);
    assertThat(keys(returns)).isNull();
    assertThat(((TaskQueryImpl) returns.getQuery()).getKey()).isEqualTo("userTask_recordCredentialReturn");
    assertThat(mayRead(returns, "fo-nol-wso-poc")).isTrue();
    assertThat(mayRead(returns, "fo-nol-ero")).isFalse();
  }

  @Test
  void oversightAndAgencyFiltersShowTheFindingsLoop() {
    assertThat(keys(filter(TasklistFilters.OVERSIGHT))).contains("userTask_verifyCorrection",
        "userTask_decideOnNonCompliance");
    assertThat(keys(filter(TasklistFilters.AGENCY_TASKS))).contains("userTask_submitCorrectiveActionPlan");
  }

  private Filter filter(String name) {
    List<Filter> found = filters.createFilterQuery().filterName(name).list();
    assertThat(found).as(name).hasSize(1);
    return found.get(0);
  }

  private static String[] keys(Filter filter) {
    return ((TaskQueryImpl) filter.getQuery()).getKeys();
  }

  private boolean mayRead(Filter filter, String group) {
    return authorizations.isUserAuthorized("someone", List.of(group), Permissions.READ, Resources.FILTER, filter.getId());
  }
}
