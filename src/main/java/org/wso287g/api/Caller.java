package org.wso287g.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.wso287g.identity.ProgramGroups;

/**
 * Who calls the API: the user the HTTP Basic filter authenticated against the engine's identity
 * service (the same users as the Tasklist), with their groups.
 */
@Component
public class Caller {

  private final IdentityService identity;

  Caller(IdentityService identity) {
    this.identity = identity;
  }

  public String userId() {
    return authentication().getUserId();
  }

  public List<String> groups() {
    List<String> groups = authentication().getGroupIds();
    return groups == null ? List.of() : groups;
  }

  public boolean inAnyGroup(String... groups) {
    List<String> own = groups();
    return Arrays.stream(groups).anyMatch(own::contains);
  }

  /** Refuses the call (403) unless the caller belongs to one of the groups. */
  public void requireAnyGroup(String... allowed) {
    if (!inAnyGroup(allowed)) {
      throw new CallerNotAllowed(userId() + " may not do this: it is for the groups " + String.join(", ", allowed) + ".");
    }
  }

  /**
   * The scope rule: headquarters see everything, a field office's groups ({@code fo-{code}-...}) the
   * agencies of that field office, an agency's groups ({@code lea-{ori}-...}) that agency. Codes and
   * ORIs are upper case.
   */
  public record Scope(boolean everything, List<String> fieldOffices, List<String> oris) {

    public boolean covers(String fieldOfficeCode, String ori) {
      return everything
          || fieldOfficeCode != null && fieldOffices.contains(fieldOfficeCode.toUpperCase(Locale.ROOT))
          || ori != null && oris.contains(ori.toUpperCase(Locale.ROOT));
    }
  }

  public Scope scope() {
    List<String> groups = groups();
    return new Scope(inAnyGroup(ProgramGroups.HQ, ProgramGroups.CAMUNDA_ADMIN), codes(groups, "fo-"), codes(groups, "lea-"));
  }

  public boolean maySee(String fieldOfficeCode, String ori) {
    return scope().covers(fieldOfficeCode, ori);
  }

  /** The middle part of the groups {@code prefix<code>-<role>}, upper case. */
  private static List<String> codes(List<String> groups, String prefix) {
    return groups.stream().filter(g -> g.startsWith(prefix)).map(g -> g.split("-")[1].toUpperCase(Locale.ROOT))
        .distinct().toList();
  }

  private Authentication authentication() {
    Authentication authentication = identity.getCurrentAuthentication();
    if (authentication == null) {
      throw new IllegalStateException("The API filter lets no unauthenticated call through");
    }
    return authentication;
  }
}
