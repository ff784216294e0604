package org.wso287g.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecipientsTest {

  @Test
  void onlyMembersWithAnEmailOncePerPersonEvenInTwoGroups() {
    List<Person> hq = List.of(new Person("hq.analyst", "hq.analyst@demo.invalid"), new Person("no.mail", null),
        new Person("blank.mail", "  "));
    List<Person> director = List.of(new Person("nol.director", " nol.director@demo.invalid "),
        new Person("hq.analyst", "hq.analyst@demo.invalid"));

    List<Person> people = new java.util.ArrayList<>(hq);
    people.addAll(director);
    people.add(null);

    assertThat(Recipients.of(people)).containsExactly(new Person("hq.analyst", "hq.analyst@demo.invalid"),
        new Person("nol.director", "nol.director@demo.invalid"));
  }

  @Test
  void nobodyIsNobody() {
    assertThat(Recipients.of(Arrays.asList())).isEmpty();
  }
}
