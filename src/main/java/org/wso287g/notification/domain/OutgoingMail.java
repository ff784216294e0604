package org.wso287g.notification.domain;

/**
 * One e-mail the program sends: written to the outbox in the transaction of the business step that
 * causes it, and sent later by the outbox's job.
 *
 * @param dedupeKey what makes this message once-only (for example {@code task-created:<taskId>:<userId>}):
 *     a second message with the same key is not written
 * @param recipient one e-mail address
 * @param subject the subject line: never personal data of a warrant's subject
 * @param textBody the plain-text body
 * @param htmlBody the same in HTML
 */
public record OutgoingMail(String dedupeKey, String recipient, String subject, String textBody, String htmlBody) {}
