package org.wso287g.onboarding.domain;

/**
 * Published, inside the transaction that ends an MOA, so that the features that hang on the agreement
 * (credentials, warrant services) stop at once (rule 6).
 */
public record AgreementEnded(Long agencyId, String agencyOri, MoaStatus status, String reason) {}
