package org.wso287g.demo;

import java.time.Clock;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.wso287g.identity.IdentitySeed;
import org.wso287g.identity.ProgramGroups;
import org.wso287g.identity.ProgramIdentity;
import org.wso287g.onboarding.domain.Agency;
import org.wso287g.onboarding.domain.AgencyRepository;
import org.wso287g.process.CurrentUser;
import org.wso287g.vetting.domain.AccountLinks;

/**
 * The embedded (H2) profile's demo: one user per role for the New Orleans field office and one demo
 * agency, all with password {@code demo}. Only in the default profile: no other profile has demo users.
 * Created right after the program's groups, before the web server opens, so the first sign-in finds them.
 *
 * <p>"demo" does not meet the engine's password policy: the demo users are saved past it, the one
 * exception, so that anybody can try the demo with the password the README gives (docs/operations.md,
 * "Security"). The demo administrator likewise ({@link DemoAdministratorPassword}).
 */
@Component
@Profile("default")
@RequiredArgsConstructor
class DemoData implements IdentitySeed {

  static final String PASSWORD = "demo";
  static final String DEMO_ORI = "LA0990000";
  static final String DEMO_AGENCY = "Demo Parish Sheriff's Office";
  static final String DEMO_WSO = "demo.wso";
  static final String DEMO_WSO_EMAIL = DEMO_WSO + "@demo-parish.invalid";

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  /** user id, first name, last name, group. */
  private record DemoUser(String id, String firstName, String lastName, String group) {}

  private static final List<DemoUser> USERS = List.of(
      new DemoUser("hq.analyst", "Headquarters", "Analyst", ProgramGroups.HQ),
      new DemoUser("ice.signatory", "ICE", "Signatory", ProgramGroups.ICE_SIGNATORY),
      new DemoUser("ps.investigator", "Personnel Security", "Investigator", ProgramGroups.PERSONNEL_SECURITY),
      new DemoUser("nol.director", "New Orleans", "Field Office Director", ProgramGroups.fieldOfficeDirector("NOL")),
      new DemoUser("nol.poc", "New Orleans", "WSO Point of Contact", ProgramGroups.fieldOfficeWsoPoc("NOL")),
      new DemoUser("nol.ero", "New Orleans", "Deportation Officer", ProgramGroups.fieldOfficeEro("NOL")),
      new DemoUser("demo.sheriff", "Demo Parish", "Sheriff", ProgramGroups.agencyCommand(DEMO_ORI)));

  private final IdentityService identityService;
  private final ProgramIdentity identity;
  private final AgencyRepository agencies;
  private final AccountLinks accountLinks;
  private final Clock clock;

  @Override
  public void seed() {
    if (agencies.findByOri(DEMO_ORI).isEmpty()) {
      agencies.save(new Agency(DEMO_ORI, DEMO_AGENCY, "LA", "Demo Parish", "Demo Parish Correctional Center", "NOL",
          clock.instant()));
    }
    identity.ensureAgencyGroups(DEMO_ORI, DEMO_AGENCY);
    StringBuilder list = new StringBuilder();
    for (DemoUser demo : USERS) {
      if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
        User user = identityService.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setEmail(demo.id() + "@demo.invalid");
        saveWithDemoPassword(user);
        identityService.createMembership(demo.id(), demo.group());
      }
      list.append(String.format("%n  %-16s %s", demo.id(), demo.group()));
    }
    // The demo WSO belongs to no group: the user becomes an officer of the demo agency only by being
    // nominated (email demo.wso@...), cleared, trained and credentialed, like any officer. An existing
    // account serves an officer only through an administrator's link (rule 9): the demo has one.
    if (identityService.createUserQuery().userId(DEMO_WSO).count() == 0) {
      User officer = identityService.newUser(DEMO_WSO);
      officer.setFirstName("Demo");
      officer.setLastName("Warrant Service Officer");
      officer.setEmail(DEMO_WSO_EMAIL);
      saveWithDemoPassword(officer);
    }
    if (accountLinks.linkOf(DEMO_WSO_EMAIL).isEmpty()) {
      accountLinks.link(DEMO_WSO_EMAIL, null, null, DEMO_WSO, CurrentUser.SYSTEM);
    }
    list.append(String.format("%n  %-16s %s", DEMO_WSO, "(no group until credentialed through vetting)"));
    LOG.info("Demo users (password '{}'), plus admin (camunda-admin):{}", PASSWORD, list);
  }

  /** A new demo user with the password "demo", which the password policy would refuse. */
  private void saveWithDemoPassword(User user) {
    user.setPassword(PASSWORD);
    ((IdentityServiceImpl) identityService).saveUser(user, true);
  }
}
