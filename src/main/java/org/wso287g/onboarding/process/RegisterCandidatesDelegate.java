package org.wso287g.onboarding.process;

import static org.wso287g.onboarding.process.ParticipationVariables.CANDIDATES;
import static org.wso287g.onboarding.process.ParticipationVariables.CANDIDATE_COUNT;
import static org.wso287g.onboarding.process.ParticipationVariables.CANDIDATE_IDS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import org.wso287g.common.RuleViolation;
import org.wso287g.process.CurrentUser;
import org.wso287g.vetting.domain.Candidate;
import org.wso287g.vetting.domain.Nomination;
import org.wso287g.vetting.domain.VettingService;

/**
 * Step 4 begins: records the nominated candidates and hands their ids to the vetting call activity
 * (one {@code wsoCandidateVetting} instance each).
 */
@Component
@RequiredArgsConstructor
class RegisterCandidatesDelegate implements JavaDelegate {

  private static final TypeReference<List<Map<String, Object>>> ROWS = new TypeReference<>() {};

  private final VettingService vetting;
  private final ObjectMapper json = new ObjectMapper();

  @Override
  public void execute(DelegateExecution execution) {
    List<Nomination> nominations = rows(execution.getVariable(CANDIDATES)).stream()
        .map(row -> new Nomination(text(row.get("fullName")), text(row.get("badgeNumber")), text(row.get("email")),
            Boolean.TRUE.equals(row.get("usCitizen")) || "true".equals(text(row.get("usCitizen")))))
        .toList();
    List<Candidate> nominated = vetting.nominate(execution.getProcessBusinessKey(), nominations, CurrentUser.of(execution));
    execution.setVariable(CANDIDATE_IDS, new ArrayList<>(nominated.stream().map(Candidate::getId).toList()));
    // The candidate records hold the names; a later nomination starts from an empty list.
    execution.removeVariable(CANDIDATES);
    execution.removeVariable(CANDIDATE_COUNT);
  }

  /** The form's candidate blocks arrive as a JSON list; REST clients may send JSON text or a list. */
  private List<Map<String, Object>> rows(Object value) {
    if (value == null) {
      return List.of();
    }
    try {
      if (value instanceof SpinJsonNode node) {
        return json.readValue(node.toString(), ROWS);
      }
      if (value instanceof String text) {
        return text.isBlank() ? List.of() : json.readValue(text, ROWS);
      }
      return json.convertValue(value, ROWS);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new RuleViolation(CANDIDATES, "The candidates must be a list of {fullName, badgeNumber, email, usCitizen}.");
    }
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
