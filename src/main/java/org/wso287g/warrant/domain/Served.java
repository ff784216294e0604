package org.wso287g.warrant.domain;

import java.time.Instant;

/** What the WSO records at service. The form records a citizenship claim; it never asks about one. */
public record Served(String officerUserId, Instant servedAt, boolean interpreterOffered, String interpreterName,
    boolean citizenshipClaimed) {}
