package org.wso287g.notification.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wso287g.common.Text;

/** Who of a set of people is written to: those with an e-mail, each once, however many groups they are in. */
public final class Recipients {

  private Recipients() {}

  /** The people with an e-mail address, one entry per user, in the order first met. */
  public static List<Person> of(Collection<Person> people) {
    Map<String, Person> once = new LinkedHashMap<>();
    for (Person person : people) {
      if (person != null && person.userId() != null && Text.present(person.email())) {
        once.putIfAbsent(person.userId(), new Person(person.userId(), person.email().trim()));
      }
    }
    return List.copyOf(once.values());
  }
}
