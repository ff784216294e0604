package org.wso287g.onboarding.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * When an oversight review is due and when its task appears. The review is due on {@code dueOn} (the
 * field office's day); its task opens the review completion period before that day starts and is due
 * at the end of that day ({@code dueAt}, 23:59:59 in the field office's zone), when it escalates to
 * headquarters.
 */
public record ReviewSchedule(LocalDate dueOn, Instant opensAt, Instant dueAt) {}
