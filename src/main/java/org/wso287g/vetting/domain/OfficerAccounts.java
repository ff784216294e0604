package org.wso287g.vetting.domain;

import java.util.Optional;

/** The program's user accounts as the vetting rules need to see them (rule 9: one person, one account). */
public interface OfficerAccounts {

  /** Whether a user with this id exists: a new officer's id must not be one of them. */
  boolean exists(String userId);

  /** The e-mail address on the user's account, if the user exists and has one. */
  Optional<String> email(String userId);
}
