package org.wso287g.onboarding.process;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;
import org.wso287g.common.ConcurrentDuplicate;
import org.wso287g.process.ProgramAuthority;
import org.wso287g.process.Refusals;

/**
 * The one place the API talks to the engine about {@code wsoParticipation}: starting it for a letter of
 * interest, and reading what was done and what is open.
 */
@Component
@RequiredArgsConstructor
public class ParticipationProcess {

  static final String DUPLICATE_END = "endEvent_duplicateRejected";

  private final RuntimeService runtime;
  private final HistoryService history;
  private final TaskService tasks;
  private final ProcessEngineConfiguration configuration;

  /**
   * How a start went: the application number, or the duplicate rule's refusal (found by rule 4's
   * check, or by the database for a letter sent at the same moment as another).
   */
  public record Started(Optional<String> applicationNumber, String refusal) {}

  /** A step done: the task, who completed it and when. */
  public record StepDone(String step, String name, String by, java.util.Date at) {}

  /** A task waiting for someone, with the groups it is offered to. */
  public record OpenTask(String id, String step, String name, List<String> candidateGroups, String assignee,
      java.util.Date due) {}

  /**
   * Starts the participation for a letter the agency itself sends through the API. The caller stays
   * the authenticated user (the record says who registered it), but the start runs on the program's
   * authority: agencies may register through the API, not through the Tasklist's start form.
   */
  public Started start(Map<String, Object> letter) {
    ProcessInstance instance;
    try {
      instance = privileged(() -> runtime.startProcessInstanceByKey(ParticipationVariables.PROCESS_ID, letter));
    } catch (FormFieldValidationException refusal) {
      throw Refusals.violation(refusal);
    } catch (ConcurrentDuplicate race) {
      return new Started(Optional.empty(), race.getMessage());
    }
    if (instance.isEnded()) {
      boolean duplicate = privileged(() -> history.createHistoricActivityInstanceQuery()
          .processInstanceId(instance.getId()).activityId(DUPLICATE_END).count() > 0);
      return new Started(Optional.empty(), duplicate
          ? "The agency already has an open application or an active WSO agreement: it cannot start another."
          : "The application ended at once.");
    }
    return new Started(Optional.of(instance.getBusinessKey()), null);
  }

  /** Read on the program's authority: the API has applied its own scope rule to the caller. */
  public List<StepDone> stepsDone(String applicationNumber) {
    return privileged(() -> history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId(applicationNumber))
        .activityType("userTask").finished().orderByHistoricActivityInstanceEndTime().asc().list().stream()
        .map(a -> new StepDone(a.getActivityId(), a.getActivityName(), a.getAssignee(), endOf(a))).toList());
  }

  /** Read on the program's authority: the API has applied its own scope rule to the caller. */
  public List<OpenTask> openTasks(String applicationNumber) {
    return privileged(() -> tasks.createTaskQuery().processInstanceBusinessKey(applicationNumber).list().stream()
        .map(t -> new OpenTask(t.getId(), t.getTaskDefinitionKey(), t.getName(),
            tasks.getIdentityLinksForTask(t.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList(),
            t.getAssignee(), t.getDueDate()))
        .toList());
  }

  private <T> T privileged(java.util.concurrent.Callable<T> work) {
    return ProgramAuthority.run(configuration, work);
  }

  private String processInstanceId(String applicationNumber) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(ParticipationVariables.PROCESS_ID)
        .processInstanceBusinessKey(applicationNumber).list().stream().findFirst()
        .orElseThrow(() -> new IllegalStateException("No participation instance for " + applicationNumber)).getId();
  }

  private static java.util.Date endOf(HistoricActivityInstance activity) {
    return activity.getEndTime();
  }
}
