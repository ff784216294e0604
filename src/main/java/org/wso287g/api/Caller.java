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
   * The scope rule: headquarters see everything, a field office the agencies of its field office, an
   * agency itself.
   */
  public boolean maySee(String fieldOfficeCode, String ori) {
    for (String group : groups()) {
      if (group.equals(ProgramGroups.HQ) || group.equals(ProgramGroups.CAMUNDA_ADMIN)
          || fieldOfficeCode != null && group.startsWith("fo-" + fieldOfficeCode.toLowerCase(Locale.ROOT) + "-")
          || ori != null && (group.equals(ProgramGroups.agencyCommand(ori)) || group.equals(ProgramGroups.agencyWso(ori)))) {
        return true;
      }
    }
    return false;
  }

  private Authentication authentication() {
    Authentication authentication = identity.getCurrentAuthentication();
    if (authentication == null) {
      throw new IllegalStateException("The API filter lets no unauthenticated call through");
    }
    return authentication;
  }
}
