package org.wso287g.oversight.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.wso287g.oversight.domain.OpenReview;
import org.wso287g.oversight.domain.ReviewTasks;
import org.wso287g.process.ProgramAuthority;

/**
 * The open review tasks, read on the program's authority: the oversight view applies its own scope
 * (the caller's field offices, from the agency records) to what this answers.
 */
@Component
@RequiredArgsConstructor
class EngineReviewTasks implements ReviewTasks {

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final ProcessEngineConfiguration configuration;

  @Override
  public List<OpenReview> open() {
    return ProgramAuthority.run(configuration, () -> {
      List<Task> open = tasks.createTaskQuery().taskDefinitionKeyIn(REVIEW_STEPS.toArray(String[]::new)).list();
      if (open.isEmpty()) {
        return List.of();
      }
      Set<String> instances = open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
      Map<String, String> businessKeys = new HashMap<>();
      runtime.createProcessInstanceQuery().processInstanceIds(instances).list()
          .forEach(instance -> businessKeys.put(instance.getId(), instance.getBusinessKey()));
      return open.stream()
          .filter(task -> businessKeys.get(task.getProcessInstanceId()) != null)
          .map(task -> new OpenReview(businessKeys.get(task.getProcessInstanceId()), task.getTaskDefinitionKey(),
              task.getDueDate() == null ? null : task.getDueDate().toInstant()))
          .toList();
    });
  }
}
