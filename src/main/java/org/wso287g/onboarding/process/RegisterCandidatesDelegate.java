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
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
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
  private static final String JSON = SerializationDataFormats.JSON.getName();
  private static final ObjectMapper JSON_READER = new ObjectMapper();

  private final VettingService vetting;

  @Override
  public void execute(DelegateExecution execution) {
    List<Nomination> nominations = nominations(execution);
    List<Candidate> nominated = vetting.nominate(execution.getProcessBusinessKey(), nominations, CurrentUser.of(execution));
    execution.setVariable(CANDIDATE_IDS, new ArrayList<>(nominated.stream().map(Candidate::getId).toList()));
    // The candidate records hold the names; a later nomination starts from an empty list.
    execution.removeVariable(CANDIDATES);
    execution.removeVariable(CANDIDATE_COUNT);
  }

  /** The candidates of the nomination form (also the additional-candidates start form, Process 5). */
  static List<Nomination> nominations(DelegateExecution execution) {
    return rows(execution.getVariableTyped(CANDIDATES, false)).stream()
        .map(row -> new Nomination(text(row.get("fullName")), text(row.get("badgeNumber")), text(row.get("email")),
            Boolean.TRUE.equals(row.get("usCitizen")) || "true".equals(text(row.get("usCitizen")))))
        .toList();
  }

  /**
   * The form's candidate blocks arrive as a JSON variable; REST clients may send JSON text or a JSON
   * serialized object. Only the JSON text is read, into plain maps: the class name an object variable
   * carries is never instantiated.
   */
  private static List<Map<String, Object>> rows(TypedValue value) {
    String text;
    if (value == null) {
      return List.of();
    } else if (value instanceof ObjectValue object) {
      if (!JSON.equals(object.getSerializationDataFormat())) {
        throw refused();
      }
      text = object.getValueSerialized();
    } else if (value instanceof SerializableValue document) {
      text = document.getValueSerialized();
    } else if (value.getValue() == null || value.getValue() instanceof String) {
      text = (String) value.getValue();
    } else {
      throw refused();
    }
    if (text == null || text.isBlank()) {
      return List.of();
    }
    try {
      return JSON_READER.readValue(text, ROWS);
    } catch (JsonProcessingException e) {
      throw refused();
    }
  }

  private static RuleViolation refused() {
    return new RuleViolation(CANDIDATES, "The candidates must be a list of {fullName, badgeNumber, email, usCitizen}.");
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
