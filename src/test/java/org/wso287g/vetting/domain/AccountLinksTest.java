package org.wso287g.vetting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.wso287g.common.RuleViolation;
import org.wso287g.common.RuleViolation.Problem;
import org.wso287g.onboarding.domain.Agency;
import org.wso287g.onboarding.domain.AgencyRepository;
import org.wso287g.onboarding.domain.TestClock;

/** Rule 9: an administrator links an existing account to one person, on purpose and once. */
@DataJpaTest
@Import({AccountLinks.class, TestClock.Config.class})
class AccountLinksTest {

  static final String ORI = "LA0990000";

  @MockitoBean OfficerAccounts accounts;

  @Autowired AccountLinks links;
  @Autowired AccountLinkRepository records;
  @Autowired AgencyRepository agencies;

  @BeforeEach
  void theDemoAgencyAndTwoExistingUsers() {
    agencies.save(new Agency(ORI, "Demo Parish Sheriff's Office", "LA", "Demo Parish", "Demo Parish Correctional Center",
        "NOL", TestClock.NOW));
    when(accounts.exists("dana.officer")).thenReturn(true);
    when(accounts.exists("jim.smith")).thenReturn(true);
  }

  private static void refusedOn(Throwable thrown, String... fields) {
    assertThat(((RuleViolation) thrown).problems()).extracting(Problem::field).containsExactly(fields);
  }

  @Test
  void aLinkByEmailIsRecordedWithWhoAndWhen() {
    AccountLink link = links.link(" Dana.Officer@Demo-Parish.invalid ", null, null, " dana.officer ", "admin");

    assertThat(link.getEmail()).isEqualTo("dana.officer@demo-parish.invalid");
    assertThat(link.getAgency()).isNull();
    assertThat(link.getUserId()).isEqualTo("dana.officer");
    assertThat(link.getLinkedBy()).isEqualTo("admin");
    assertThat(link.getLinkedAt()).isEqualTo(TestClock.NOW);
    assertThat(links.linkOf("DANA.OFFICER@demo-parish.invalid")).isPresent();
  }

  @Test
  void aLinkByAgencyAndBadgeIsRecorded() {
    AccountLink link = links.link(null, "la0990000", "D-101", "dana.officer", "admin");

    assertThat(link.getAgency().getOri()).isEqualTo(ORI);
    assertThat(link.getBadgeNumber()).isEqualTo("D-101");
    assertThat(link.getEmail()).isNull();
  }

  @Test
  void aUserWhoDoesNotExistIsRefused() {
    assertThatThrownBy(() -> links.link("dana.officer@demo-parish.invalid", null, null, "dana.oficer", "admin"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> {
          refusedOn(e, "userId");
          assertThat(e.getMessage()).startsWith("No user 'dana.oficer' exists");
        });
    assertThat(records.count()).isZero();
  }

  @Test
  void aLinkThatNamesNobodyOrNoUserIsRefused() {
    assertThatThrownBy(() -> links.link(" ", null, "", null, "admin"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "userId", "email"));
    assertThat(records.count()).isZero();
  }

  @Test
  void aBadgeNeedsItsAgencyAndAnAgencyItsBadge() {
    assertThatThrownBy(() -> links.link(null, null, "D-101", "dana.officer", "admin"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "agencyOri"));
    assertThatThrownBy(() -> links.link(null, ORI, null, "dana.officer", "admin"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "badgeNumber"));
    assertThat(records.count()).isZero();
  }

  @Test
  void anUnknownAgencyABadBadgeAndABadEmailAreNamedAtOnce() {
    assertThatThrownBy(() -> links.link("not-an-email", "TX0000000", "B".repeat(21), "dana.officer", "admin"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> {
          refusedOn(e, "email", "badgeNumber", "agencyOri");
          assertThat(e.getMessage()).contains("No agency with ORI TX0000000 is on record.");
        });
    assertThat(records.count()).isZero();
  }

  @Test
  void anEmailABadgeAndAUserAreEachLinkedOnce() {
    links.link("dana.officer@demo-parish.invalid", ORI, "D-101", "dana.officer", "admin");

    assertThatThrownBy(() -> links.link("dana.officer@demo-parish.invalid", null, null, "jim.smith", "admin"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "email"));
    assertThatThrownBy(() -> links.link(null, ORI, "D-101", "jim.smith", "admin"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "badgeNumber"));
    assertThatThrownBy(() -> links.link("dana@elsewhere.invalid", null, null, "dana.officer", "admin"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> {
          refusedOn(e, "userId");
          assertThat(e).hasMessage("dana.officer is already linked to dana.officer@demo-parish.invalid (by admin): one "
              + "account serves one person.");
        });
    assertThat(records.count()).isEqualTo(1);
  }
}
