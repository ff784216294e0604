package org.wso287g.access;

import java.util.List;

/**
 * Who acts: a signed-in user with their groups, or the program itself (a timer, a job, a step run
 * on the program's authority), which the policy never refuses.
 */
public record Actor(String userId, List<String> groups) {

  public static final String PROGRAM = "system";

  public Actor {
    groups = groups == null ? List.of() : List.copyOf(groups);
  }

  public static Actor program() {
    return new Actor(PROGRAM, List.of());
  }

  public boolean isProgram() {
    return PROGRAM.equals(userId);
  }

  boolean inGroup(String group) {
    return groups.contains(group);
  }
}
