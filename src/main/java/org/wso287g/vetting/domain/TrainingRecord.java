package org.wso287g.vetting.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the WSO point of contact records after the course or the retake (hours only for the course). */
public record TrainingRecord(LocalDate date, BigDecimal hours, int examScore, String instructor) {}
