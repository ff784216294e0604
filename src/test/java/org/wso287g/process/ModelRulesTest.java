package org.wso287g.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.wso287g.complaint.process.ComplaintVariables;
import org.wso287g.onboarding.process.ParticipationVariables;
import org.wso287g.vetting.process.VettingVariables;
import org.wso287g.warrant.process.DepartureVariables;
import org.wso287g.warrant.process.WarrantVariables;

/**
 * Rules every file in processes/ and forms/ keeps, so that a model changed in Camunda Modeler still
 * deploys, still opens for the next person and still fits the code.
 */
class ModelRulesTest {

  private static final String MODELER_NS = "http://camunda.org/schema/modeler/1.0";
  private static final Pattern MODELER_DEFAULT_ID =
      Pattern.compile("(Activity|Gateway|Event|Flow|StartEvent|EndEvent|Task|Process|Definitions|Message|Error)_[0-9a-z]{7}");
  private static final Pattern DELEGATE_EXPRESSION = Pattern.compile("\\$\\{(\\w+)}");
  private static final Path PROCESSES = Path.of("processes");
  private static final Path FORMS = Path.of("forms");

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("model-tests.cfg.xml").build();

  private final ObjectMapper json = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> everyModelKeepsTheRules() throws IOException {
    return files(PROCESSES, ".bpmn").map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      var definitions = model.getDefinitions().getDomElement();
      assertThat(definitions.getAttribute(MODELER_NS, "executionPlatform")).isEqualTo("Camunda Platform");
      assertThat(definitions.getAttribute(MODELER_NS, "executionPlatformVersion")).isEqualTo("7.24.0");

      for (Process process : model.getModelElementsByType(Process.class)) {
        assertThat(process.isExecutable()).as("%s is executable", process.getId()).isTrue();
        assertThat(process.getCamundaHistoryTimeToLiveString()).as("%s historyTimeToLive", process.getId()).isNotBlank();
      }
      Set<String> shapes = new HashSet<>();
      model.getModelElementsByType(BpmnShape.class).forEach(s -> shapes.add(s.getBpmnElement().getId()));
      for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
        assertThat(shapes).as("%s has a shape in the diagram", node.getId()).contains(node.getId());
        assertThat(node.getDocumentations()).as("%s is documented", node.getId()).isNotEmpty();
      }
      Set<String> edges = new HashSet<>();
      for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
        assertThat(edge.getWaypoints()).as("edge of %s", edge.getBpmnElement().getId()).hasSizeGreaterThanOrEqualTo(2);
        edges.add(edge.getBpmnElement().getId());
      }
      for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
        assertThat(edges).as("%s has an edge in the diagram", flow.getId()).contains(flow.getId());
      }
      for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
        if (element.getId() != null) {
          assertThat(MODELER_DEFAULT_ID.matcher(element.getId()).matches())
              .as("%s is a Modeler default id: name it", element.getId()).isFalse();
        }
      }
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        assertThat(task.getCamundaCandidateGroups()).as("%s candidate groups", task.getId()).isNotBlank();
        assertThat(task.getCamundaAssignee()).as("%s is not assigned by name", task.getId()).isNull();
        assertFormExists(task.getId(), task.getCamundaFormRef(), task.getCamundaFormRefBinding());
      }
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        if (start.getCamundaFormRef() != null) {
          assertFormExists(start.getId(), start.getCamundaFormRef(), start.getCamundaFormRefBinding());
        }
      }
      Set<String> beans = delegateBeans();
      for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
        assertThat(task.getCamundaClass()).as("%s uses a delegate expression, not a class", task.getId()).isNull();
        Matcher bean = DELEGATE_EXPRESSION.matcher(String.valueOf(task.getCamundaDelegateExpression()));
        assertThat(bean.matches()).as("%s delegate expression ${bean}", task.getId()).isTrue();
        assertThat(beans).as("bean of %s", task.getId()).contains(bean.group(1));
      }
    }));
  }

  private void assertFormExists(String elementId, String formRef, String binding) {
    assertThat(formRef).as("%s has a form", elementId).isNotBlank();
    assertThat(binding).as("%s form binding", elementId).isEqualTo("deployment");
    assertThat(FORMS.resolve(formRef + ".form")).as("form of %s", elementId).exists();
  }

  @TestFactory
  Stream<DynamicTest> everyFormKeepsTheRules() throws IOException {
    return files(FORMS, ".form").map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      JsonNode form = json.readTree(file.toFile());
      String name = file.getFileName().toString();
      assertThat(form.path("id").asText()).as("id of %s", name).isEqualTo(name.substring(0, name.length() - 5));
      assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
      assertThat(form.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");
      assertThat(form.path("components").isArray()).isTrue();
      for (JsonNode component : form.findParents("type")) {
        if (component.has("key") || component.has("id")) {
          assertThat(component.path("id").asText()).as("component id in %s", name).isNotBlank()
              .doesNotMatch("Field_[0-9a-z]{7}");
        }
      }
      assertThat(referencedForms()).as("%s is used by a model", name).contains(form.path("id").asText());
    }));
  }

  @Test
  void allModelsAndFormsDeployTogetherAndARedeployOfUnchangedFilesCreatesNothing() {
    ProcessEngine processEngine = engine.getProcessEngine();
    DeploymentWithDefinitions first = ProcessModels.deploy(processEngine);
    try {
      List<String> names = processEngine.getRepositoryService().getDeploymentResourceNames(first.getId());
      try (Stream<Path> bpmn = files(PROCESSES, ".bpmn"); Stream<Path> forms = files(FORMS, ".form")) {
        List<String> expected = new ArrayList<>();
        bpmn.forEach(p -> expected.add("processes/" + p.getFileName()));
        forms.forEach(p -> expected.add("forms/" + p.getFileName()));
        assertThat(names).containsExactlyInAnyOrderElementsOf(expected);
      }
      DeploymentWithDefinitions second = ProcessModels.deploy(processEngine);
      assertThat(second.getId()).isEqualTo(first.getId());
      assertThat(processEngine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(1);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } finally {
      processEngine.getRepositoryService().deleteDeployment(first.getId(), true);
    }
  }

  @Test
  void aChangedModelIsDeployedAgainTogetherWithItsForms() {
    ProcessEngine processEngine = engine.getProcessEngine();
    Map<String, byte[]> resources = ProcessModels.read();
    DeploymentWithDefinitions first = ProcessModels.deploy(processEngine, resources);
    Map<String, byte[]> changed = new TreeMap<>(resources);
    String model = new String(changed.get("processes/wsoParticipation.bpmn"), StandardCharsets.UTF_8);
    changed.put("processes/wsoParticipation.bpmn",
        model.replace("<bpmn:documentation>", "<bpmn:documentation>Changed. ").getBytes(StandardCharsets.UTF_8));
    DeploymentWithDefinitions second = ProcessModels.deploy(processEngine, changed);
    try {
      assertThat(second.getId()).isNotEqualTo(first.getId());
      assertThat(processEngine.getRepositoryService().getDeploymentResourceNames(second.getId()))
          .containsExactlyInAnyOrderElementsOf(resources.keySet());
      assertThat(processEngine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey("wsoParticipation").latestVersion().singleResult().getVersion()).isEqualTo(2);
    } finally {
      processEngine.getRepositoryService().deleteDeployment(second.getId(), true);
      processEngine.getRepositoryService().deleteDeployment(first.getId(), true);
    }
  }

  @Test
  void everyVariableConstantAppearsInAModelOrAForm() throws Exception {
    String everything = String.join("\n", readAll(PROCESSES, ".bpmn")) + String.join("\n", readAll(FORMS, ".form"));
    for (Class<?> constants : List.of(ParticipationVariables.class, VettingVariables.class, WarrantVariables.class,
        ComplaintVariables.class, DepartureVariables.class)) {
      for (Field field : constants.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
          String name = (String) field.get(null);
          assertThat(everything).as("%s.%s = %s", constants.getSimpleName(), field.getName(), name).contains(name);
        }
      }
    }
  }

  private static Set<String> delegateBeans() {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
    var names = new AnnotationBeanNameGenerator();
    var registry = new SimpleBeanDefinitionRegistry();
    Set<String> beans = new HashSet<>();
    scanner.findCandidateComponents("org.wso287g").forEach(d -> beans.add(names.generateBeanName(d, registry)));
    return beans;
  }

  private static Set<String> referencedForms() throws IOException {
    Set<String> refs = new HashSet<>();
    for (String model : readAll(PROCESSES, ".bpmn")) {
      Matcher m = Pattern.compile("camunda:formRef=\"([^\"]+)\"").matcher(model);
      while (m.find()) {
        refs.add(m.group(1));
      }
    }
    return refs;
  }

  private static Collection<String> readAll(Path dir, String suffix) throws IOException {
    try (Stream<Path> paths = files(dir, suffix)) {
      List<String> texts = new ArrayList<>();
      for (Path p : paths.toList()) {
        texts.add(Files.readString(p));
      }
      return texts;
    }
  }

  private static Stream<Path> files(Path dir, String suffix) throws IOException {
    return Files.list(dir).filter(p -> p.toString().endsWith(suffix)).sorted();
  }
}
