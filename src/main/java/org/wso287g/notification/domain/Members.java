package org.wso287g.notification.domain;

import java.util.List;

/** The members of a group of the specification (hq-287g, fo-nol-ero...), with their e-mail. */
public interface Members {

  List<Person> of(String groupId);
}
