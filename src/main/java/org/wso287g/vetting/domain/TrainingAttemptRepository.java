package org.wso287g.vetting.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TrainingAttemptRepository extends JpaRepository<TrainingAttempt, Long> {

  List<TrainingAttempt> findByCandidateOrderByAttempt(Candidate candidate);
}
