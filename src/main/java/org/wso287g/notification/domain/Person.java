package org.wso287g.notification.domain;

/** Someone the program may write to: a user of the program and the e-mail on their account (may be empty). */
public record Person(String userId, String email) {}
