package org.wso287g.agreements.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wso287g.onboarding.domain.AgencyNames;

class AgencyNamesTest {

  @Test
  void trimsCollapsesAndUpperCases() {
    assertThat(AgencyNames.normalize("  Crow Wing   County Sheriff's Office ")).isEqualTo("CROW WING COUNTY SHERIFFS OFFICE");
  }

  @Test
  void straightAndTypographicApostrophesAreTheSame() {
    assertThat(AgencyNames.normalize("Galveston County Sheriff’s Office"))
        .isEqualTo(AgencyNames.normalize("Galveston County Sheriff's Office"))
        .isEqualTo(AgencyNames.normalize("GALVESTON COUNTY SHERIFFS OFFICE"));
  }

  @Test
  void ampersandBecomesAnd() {
    assertThat(AgencyNames.normalize("Louisiana Department of Wildlife & Fisheries"))
        .isEqualTo("LOUISIANA DEPARTMENT OF WILDLIFE AND FISHERIES")
        .isEqualTo(AgencyNames.normalize("Louisiana Department of Wildlife and Fisheries"));
  }

  @Test
  void punctuationBecomesSpace() {
    assertThat(AgencyNames.normalize("Winston-Salem Police Dept.")).isEqualTo("WINSTON SALEM POLICE DEPARTMENT");
    assertThat(AgencyNames.normalize("Office of the Sheriff, (Polk)")).isEqualTo("OFFICE OF THE SHERIFF POLK");
  }

  @Test
  void writesOutAFewWholeWordAbbreviations() {
    assertThat(AgencyNames.normalize("Polk Co. S.O.")).isEqualTo("POLK COUNTY S O");
    assertThat(AgencyNames.normalize("Polk Co SO")).isEqualTo("POLK COUNTY SHERIFFS OFFICE")
        .isEqualTo(AgencyNames.normalize("Polk County Sheriff's Office"));
    assertThat(AgencyNames.normalize("Largo PD")).isEqualTo(AgencyNames.normalize("Largo Police Department"));
    assertThat(AgencyNames.normalize("St. Charles Parish Sheriff's Office"))
        .isEqualTo(AgencyNames.normalize("Saint Charles Parish Sheriff's Office"));
    assertThat(AgencyNames.normalize("Greene Twp Police")).isEqualTo("GREENE TOWNSHIP POLICE");
  }

  @Test
  void abbreviationsInsideWordsAreLeftAlone() {
    assertThat(AgencyNames.normalize("Costa Police Department")).isEqualTo("COSTA POLICE DEPARTMENT");
    assertThat(AgencyNames.normalize("Sheriff's Department")).isNotEqualTo(AgencyNames.normalize("Sheriff's Office"));
  }

  @Test
  void accentsAreDropped() {
    assertThat(AgencyNames.normalize("Cañon City Police Department")).isEqualTo("CANON CITY POLICE DEPARTMENT");
  }

  @Test
  void nothingLeftIsNull() {
    assertThat(AgencyNames.normalize(null)).isNull();
    assertThat(AgencyNames.normalize("  ")).isNull();
    assertThat(AgencyNames.normalize(" .- ")).isNull();
  }
}
