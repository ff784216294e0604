package org.wso287g.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The program's authorization policy, role by role, against records of its own and of others. */
class AccessPolicyTest {

  final AccessPolicy policy = new AccessPolicy();
  final Jurisdiction demoAgency = new Jurisdiction("NOL", "LA0990000");
  final Jurisdiction otherOffice = new Jurisdiction("ATL", "GA0010000");

  @Test
  void aFieldOfficeDirectorActsOnTheAgenciesOfTheirOwnOfficeOnly() {
    Actor director = new Actor("nol.director", List.of("fo-nol-director"));

    assertThat(policy.allows(director, Action.REGISTER_LETTER, demoAgency)).isTrue();
    assertThat(policy.allows(director, Action.GIVE_NOTICE_FOR_ICE, demoAgency)).isTrue();
    assertThat(policy.allows(director, Action.REGISTER_LETTER, otherOffice)).isFalse();
    assertThat(policy.allows(director, Action.GIVE_NOTICE_FOR_AGENCY, demoAgency)).isFalse();
    assertThat(policy.allows(director, Action.LODGE_WARRANT, demoAgency)).isFalse();
  }

  @Test
  void anAgencyActsOnItsOwnRecordsAndGivesTheAgencysNoticeOnly() {
    Actor sheriff = new Actor("demo.sheriff", List.of("lea-la0990000-command"));

    assertThat(policy.allows(sheriff, Action.GIVE_NOTICE_FOR_AGENCY, demoAgency)).isTrue();
    assertThat(policy.allows(sheriff, Action.GIVE_NOTICE_FOR_ICE, demoAgency)).isFalse();
    assertThat(policy.allows(sheriff, Action.GIVE_NOTICE_FOR_AGENCY, new Jurisdiction("NOL", "LA0980000"))).isFalse();
    assertThat(policy.allows(sheriff, Action.RESCHEDULE_OR_CANCEL_WARRANT, demoAgency)).isFalse();
  }

  @Test
  void aRefusalNamesTheActorTheActionAndTheGroupsThatMay() {
    Actor ero = new Actor("nol.ero", List.of("fo-nol-ero"));

    assertThatThrownBy(() -> policy.require(ero, Action.WITHDRAW_OFFICER_AUTHORITY, otherOffice, "the agency GA0010000"))
        .isInstanceOf(NotAllowed.class)
        .hasMessage("nol.ero may not withdraw the authority of an officer of the agency GA0010000: that is for hq-287g, "
            + "fo-atl-director.");
  }

  @Test
  void onlyAdministratorsChangeProcessesDirectlyAndTheProgramItselfIsNeverRefused() {
    assertThat(policy.allows(new Actor("admin", List.of("camunda-admin")), Action.CHANGE_PROCESSES_DIRECTLY,
        Jurisdiction.national())).isTrue();
    assertThat(policy.allows(new Actor("hq.analyst", List.of("hq-287g")), Action.CHANGE_PROCESSES_DIRECTLY,
        Jurisdiction.national())).isFalse();
    assertThat(policy.allows(Actor.program(), Action.CHANGE_PROCESSES_DIRECTLY, Jurisdiction.national())).isTrue();
  }

  @Test
  void theScopeIsNationalForHeadquartersAnOfficeForItsStaffAndTheAgencyForItsOwn() {
    AccessPolicy.Scope hq = policy.scopeOf(new Actor("hq.analyst", List.of("hq-287g")));
    AccessPolicy.Scope ero = policy.scopeOf(new Actor("nol.ero", List.of("fo-nol-ero")));
    AccessPolicy.Scope sheriff = policy.scopeOf(new Actor("demo.sheriff", List.of("lea-la0990000-command")));
    AccessPolicy.Scope investigator = policy.scopeOf(new Actor("ps.investigator", List.of("personnel-security")));

    assertThat(hq.covers(otherOffice)).isTrue();
    assertThat(ero.covers(demoAgency)).isTrue();
    assertThat(ero.covers(otherOffice)).isFalse();
    assertThat(sheriff.covers(demoAgency)).isTrue();
    assertThat(sheriff.covers(new Jurisdiction("NOL", "LA0980000"))).isFalse();
    assertThat(investigator.covers(demoAgency)).isFalse();
  }
}
