package org.wso287g.access;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The one place that answers "may this actor do this to this record?" (rules 8 and 14), from the
 * roles of {@link Action} and the record's {@link Jurisdiction}. Ask before any write.
 */
@Component
public class AccessPolicy {

  public boolean allows(Actor actor, Action action, Jurisdiction where) {
    return actor.isProgram() || action.roles().stream().anyMatch(role -> role.heldBy(actor, where));
  }

  /** Refuses with the reason and the groups that may, unless the actor may. */
  public void require(Actor actor, Action action, Jurisdiction where, String recordName) {
    if (!allows(actor, action, where)) {
      throw new NotAllowed(actor.userId() + " may not " + action.phrase() + " " + recordName + ": that is for "
          + groupsThatMay(action, where) + ".");
    }
  }

  /** The groups that may do it to this record, as a refusal names them ({@code hq-287g, fo-nol-director}). */
  public String groupsThatMay(Action action, Jurisdiction where) {
    return action.roles().stream().map(role -> role.groupOver(where) == null ? role.group() : role.groupOver(where))
        .collect(Collectors.joining(", "));
  }

  /** Which records an actor may see: everything, or the agencies of some field offices and some agencies. */
  public record Scope(boolean everything, List<String> fieldOffices, List<String> oris) {

    public boolean covers(Jurisdiction where) {
      return everything
          || where.fieldOfficeCode() != null && fieldOffices.contains(where.fieldOfficeCode())
          || where.ori() != null && oris.contains(where.ori());
    }
  }

  /** The reach of {@link Action#SEE_RECORDS}: a national role sees every agency, the others their office's or their own. */
  public Scope scopeOf(Actor actor) {
    List<Role> seeing = Action.SEE_RECORDS.roles();
    boolean national = actor.isProgram()
        || seeing.stream().filter(Role::isNational).anyMatch(role -> role.heldBy(actor, Jurisdiction.national()));
    return new Scope(national, codes(actor, seeing, "{fo}"), codes(actor, seeing, "{ori}"));
  }

  public boolean maySee(Actor actor, Jurisdiction where) {
    return scopeOf(actor).covers(where);
  }

  private static List<String> codes(Actor actor, List<Role> roles, String placeholder) {
    return roles.stream().filter(role -> role.group().contains(placeholder)).flatMap(role -> role.codesOf(actor).stream())
        .distinct().toList();
  }
}
