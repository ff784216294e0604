package org.wso287g.notification.domain;

/** A message's words, before it is addressed: its subject and its plain-text and HTML bodies. */
public record MailText(String subject, String textBody, String htmlBody) {

  /** This text to one address, once under the key. */
  public OutgoingMail to(String dedupeKey, String recipient) {
    return new OutgoingMail(dedupeKey, recipient, subject, textBody, htmlBody);
  }
}
