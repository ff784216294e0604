package org.wso287g.vetting.domain;

/** Who may run the WSO training: members of the field office's WSO point-of-contact group. */
public interface Instructors {

  boolean isWsoPointOfContact(String userId, String fieldOfficeCode);
}
