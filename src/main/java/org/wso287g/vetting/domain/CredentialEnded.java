package org.wso287g.vetting.domain;

/**
 * A credential ended by ICE's withdrawal of the officer's authority or by the end of its agency's
 * MOA: the credential, ICE property, now waits for its return to the field office. (A departure
 * waits for it in its own process.)
 */
public record CredentialEnded(long credentialId, String credentialNumber, CredentialStatus status) {}
