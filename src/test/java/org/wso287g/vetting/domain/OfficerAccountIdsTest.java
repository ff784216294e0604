package org.wso287g.vetting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class OfficerAccountIdsTest {

  @Test
  void theIdComesFromTheOriAndTheBadgeInLowerCase() {
    assertThat(OfficerAccountIds.base("LA0990000", "D-101")).isEqualTo("wso.la0990000.d-101");
  }

  @Test
  void aBadgeIsReducedToLettersDigitsAndSingleHyphens() {
    assertThat(OfficerAccountIds.base("LA0990000", " #12 / B.7 ")).isEqualTo("wso.la0990000.12-b-7");
    assertThat(OfficerAccountIds.base("LA0990000", "Ünit 9")).isEqualTo("wso.la0990000.nit-9");
  }

  @Test
  void aBadgeWithoutLettersOrDigitsStillGivesAnId() {
    assertThat(OfficerAccountIds.base("LA0990000", "###")).isEqualTo("wso.la0990000.officer");
  }

  @Test
  void theIdMatchesTheEnginesUserIdPattern() {
    assertThat(OfficerAccountIds.base("LA0990000", "Badge No. 1042/7")).matches("[a-zA-Z0-9][a-zA-Z0-9._-]*");
  }

  @Test
  void aFreeBaseIsTakenAsItIs() {
    assertThat(OfficerAccountIds.firstFree("wso.la0990000.d-101", id -> false)).isEqualTo("wso.la0990000.d-101");
  }

  @Test
  void aTakenIdGetsTheFirstFreeSuffix() {
    Set<String> taken = Set.of("wso.la0990000.d-101", "wso.la0990000.d-101.2");

    assertThat(OfficerAccountIds.firstFree("wso.la0990000.d-101", taken::contains)).isEqualTo("wso.la0990000.d-101.3");
  }

  @Test
  void anIdentityServiceThatSaysEverythingIsTakenIsAFaultNotAnEndlessLoop() {
    assertThatThrownBy(() -> OfficerAccountIds.firstFree("wso.la0990000.d-101", id -> true))
        .isInstanceOf(IllegalStateException.class);
  }
}
