package org.wso287g.warrant;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * The WSO model's scope: WSOs do not interview. No form offered to a {@code lea-{ori}-wso} group may ask
 * about citizenship, alienage, nationality, country of birth or removability; it may only record a
 * claim the person makes ({@code citizenshipClaimed}, a checkbox). Checked over every model and form,
 * so that a form added or changed later is held to it too.
 */
class WsoScopeRuleTest {

  /** Words of an interview about status; "citizen" is allowed only on the claim checkbox itself. */
  private static final List<String> FORBIDDEN = List.of("citizen", "alien", "nationality", "national origin",
      "country of birth", "place of birth", "birthplace", "removab", "deportab", "immigration status", "visa",
      "passport", "born in");
  private static final String CLAIM_KEY = "citizenshipClaimed";
  private static final Set<String> WSO_INPUTS = Set.of("servedAt", "interpreterOffered", "interpreterName", CLAIM_KEY);

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void noFormOfferedToAWarrantServiceOfficerAsksAboutStatus() throws IOException {
    List<String> wsoForms = formsOfferedToWsoGroups();
    assertThat(wsoForms).as("forms offered to lea-{ori}-wso").isNotEmpty();
    for (String formId : wsoForms) {
      JsonNode form = json.readTree(Path.of("forms", formId + ".form").toFile());
      List<JsonNode> components = new ArrayList<>();
      collect(form.path("components"), components);
      for (JsonNode component : components) {
        String key = component.path("key").asText("");
        if (CLAIM_KEY.equals(key)) {
          assertThat(component.path("type").asText()).as("the claim is recorded with a checkbox, not asked")
              .isEqualTo("checkbox");
          continue;
        }
        String text = String.join(" ", component.path("label").asText(""), component.path("description").asText(""),
            component.path("text").asText(""), component.path("values").toString()).toLowerCase(Locale.ROOT);
        for (String word : FORBIDDEN) {
          assertThat(text).as("%s / %s mentions '%s'", formId, component.path("id").asText(), word).doesNotContain(word);
        }
        boolean input = !key.isEmpty() && !component.path("disabled").asBoolean(false);
        if (input) {
          assertThat(WSO_INPUTS).as("%s asks the WSO for '%s'", formId, key).contains(key);
        }
      }
    }
  }

  private static void collect(JsonNode components, List<JsonNode> into) {
    for (JsonNode component : components) {
      into.add(component);
      collect(component.path("components"), into);
    }
  }

  private static List<String> formsOfferedToWsoGroups() throws IOException {
    List<String> forms = new ArrayList<>();
    try (Stream<Path> models = Files.list(Path.of("processes"))) {
      for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        for (UserTask task : Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(UserTask.class)) {
          boolean offeredToWso = Stream.of(String.valueOf(task.getCamundaCandidateGroups()).split(","))
              .map(String::trim).anyMatch(group -> group.startsWith("lea-") && group.endsWith("-wso"));
          if (offeredToWso) {
            forms.add(task.getCamundaFormRef());
          }
        }
      }
    }
    return forms;
  }
}
