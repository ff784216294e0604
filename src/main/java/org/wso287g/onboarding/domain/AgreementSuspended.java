package org.wso287g.onboarding.domain;

/**
 * Published inside the transaction that suspends an MOA: the agency's credentials are suspended and
 * its warrants not yet served stop at once (rule 6). {@code lifted} is the way back: the credentials
 * the suspension took are active again.
 */
public record AgreementSuspended(Long agencyId, String agencyOri, String reason, boolean lifted) {}
