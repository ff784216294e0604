package org.wso287g.notification.mail;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on Spring's scheduler for the notification jobs: the outbox's sender ({@link OutboxSender}) and the
 * due-date reminders ({@code DueSoonMails}). The mail sender is
 * built by the outbox's sender from {@code wso.mail}, not registered as a bean: Spring Boot's mail
 * health check would otherwise report the whole node down while the mail server is, which the
 * program does not depend on.
 */
@Configuration
@EnableScheduling
class MailConfiguration {}
