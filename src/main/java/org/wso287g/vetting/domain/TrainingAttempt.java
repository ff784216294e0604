package org.wso287g.vetting.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** The 8-hour course and its exam (attempt 1), or the one retake of the exam (attempt 2). */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class TrainingAttempt {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "candidate_id")
  private Candidate candidate;

  private int attempt;
  private LocalDate trainingDate;
  private BigDecimal hours;
  private int examScore;
  private boolean passed;
  private String instructor;
  private String recordedBy;
  private Instant recordedAt;

  TrainingAttempt(Candidate candidate, int attempt, LocalDate trainingDate, BigDecimal hours, int examScore,
      boolean passed, String instructor, String recordedBy, Instant recordedAt) {
    this.candidate = candidate;
    this.attempt = attempt;
    this.trainingDate = trainingDate;
    this.hours = hours;
    this.examScore = examScore;
    this.passed = passed;
    this.instructor = instructor;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }
}
