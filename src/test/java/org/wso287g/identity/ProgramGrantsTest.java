package org.wso287g.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The grants a task query joins on '*' do not grow with the number of agencies (docs/performance.md),
 * and who may start what is still decided per group, on the model.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:program-grants;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    "camunda.bpm.job-execution.enabled=false"})
@DirtiesContext
class ProgramGrantsTest {

  @Autowired ProgramIdentity identity;
  @Autowired AuthorizationService authorizations;

  @Test
  void wildcardGrantsOnModelsAndInstancesAreEveryonesNotOnePerGroup() {
    long before = wildcardGrants();
    for (int i = 0; i < 20; i++) {
      identity.ensureAgencyGroups(String.format("TX%07d", i), "Test County " + i + " Sheriff's Office");
    }
    assertThat(wildcardGrants()).isEqualTo(before);
    for (Resource resource : List.of(Resources.PROCESS_DEFINITION, Resources.PROCESS_INSTANCE)) {
      assertThat(authorizations.createAuthorizationQuery().resourceType(resource).resourceId(Authorization.ANY).list())
          .as("'*' grants on %s", resource.resourceName())
          .allSatisfy(grant -> assertThat(grant.getUserId() != null || ProgramGroups.CAMUNDA_ADMIN.equals(grant.getGroupId()))
              .as("grant to %s", grant.getGroupId()).isTrue());
    }
  }

  @Test
  void perGroupWildcardGrantsOfEarlierVersionsAreRemovedAtStartUp() {
    identity.ensureAgencyGroups("TX7654321", "Old County Sheriff's Office");
    String group = ProgramGroups.agencyCommand("TX7654321");
    var old = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    old.setGroupId(group);
    old.setResource(Resources.PROCESS_DEFINITION);
    old.setResourceId(Authorization.ANY);
    old.addPermission(Permissions.READ);
    authorizations.saveAuthorization(old);

    identity.grantEveryoneTheModels();

    assertThat(authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(Resources.PROCESS_DEFINITION)
        .resourceId(Authorization.ANY).count()).isZero();
    assertThat(authorizations.createAuthorizationQuery().groupIdIn(ProgramGroups.CAMUNDA_ADMIN)
        .resourceId(Authorization.ANY).count()).as("the administrators' grants stay").isPositive();
  }

  @Test
  void startingStillTakesTheGroupsGrantOnTheModel() {
    identity.ensureAgencyGroups("TX1111111", "Start County Sheriff's Office");
    List<String> commandStaff = List.of(ProgramGroups.agencyCommand("TX1111111"));
    assertThat(mayStart("sheriff", commandStaff, "wsoOfficerDeparture")).isTrue();
    assertThat(mayStart("sheriff", commandStaff, "wsoParticipation")).isFalse();
    assertThat(mayStart("sheriff", commandStaff, "warrantService")).isFalse();
    assertThat(mayStart("nobody", List.of(), "wsoComplaint")).isFalse();
    assertThat(mayStart("director", List.of(ProgramGroups.fieldOfficeDirector("NOL")), "wsoParticipation")).isTrue();
    assertThat(mayStart("ero", List.of(ProgramGroups.fieldOfficeEro("NOL")), "warrantService")).isTrue();
    // Reading a model is everyone's; its tasks are not.
    assertThat(authorizations.isUserAuthorized("nobody", List.of(), Permissions.READ, Resources.PROCESS_DEFINITION,
        "wsoParticipation")).isTrue();
    assertThat(authorizations.isUserAuthorized("nobody", List.of(), Permissions.READ, Resources.TASK, "any-task"))
        .isFalse();
  }

  private boolean mayStart(String user, List<String> groups, String process) {
    return authorizations.isUserAuthorized(user, groups, Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, process)
        && authorizations.isUserAuthorized(user, groups, Permissions.CREATE, Resources.PROCESS_INSTANCE);
  }

  private long wildcardGrants() {
    return authorizations.createAuthorizationQuery().resourceId(Authorization.ANY).count();
  }
}
