package org.wso287g.onboarding.process;

import static org.wso287g.onboarding.process.ParticipationVariables.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.AuthorizationException;
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
import org.wso287g.access.AccessPolicy;
import org.wso287g.access.Action;
import org.wso287g.access.Actor;
import org.wso287g.access.Jurisdiction;
import org.wso287g.access.NotAllowed;
import org.wso287g.common.RuleViolation;
import org.wso287g.common.Text;
import org.wso287g.onboarding.domain.ParticipationService;
import org.wso287g.common.ConcurrentDuplicate;
import org.wso287g.process.PartyMessages;
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
  private final ParticipationService participation;
  private final AccessPolicy policy;
  private final PartyMessages messages;

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
    } catch (AuthorizationException refusal) {
      throw new NotAllowed(refusal.getMessage());
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

  /**
   * Rule 14: ICE (headquarters, the agency's Field Office Director) or the agency (its command staff)
   * gives notice on its own agreement, through the API or the give-notice start form. The sender's
   * side comes from their role, not from what they send; the model's record step writes who and when.
   * Answers the side: ICE or LEA.
   */
  public String giveNotice(Actor actor, String applicationNumber, String noticeFrom, Map<String, Object> notice) {
    String side = sideOf(actor, applicationNumber);
    if (Text.present(noticeFrom) && !side.equals(noticeFrom.trim())) {
      throw new RuleViolation(NOTICE_FROM, actor.userId() + " gives notice for " + side + ", not for " + noticeFrom.trim() + ".");
    }
    Map<String, Object> variables = new HashMap<>(notice);
    variables.put(NOTICE_FROM, side);
    String number = applicationNumber.trim();
    messages.send(TERMINATION_NOTICE_MESSAGE, number, variables, () -> "The agreement of application " + number
        + " is not in force: it takes no notice now.");
    return side;
  }

  /**
   * The side that gave a pending notice withdraws it before it takes effect (Message_NoticeWithdrawn,
   * same senders as the notice). Answers the side.
   */
  public String withdrawNotice(Actor actor, String applicationNumber, String reason) {
    String side = sideOf(actor, applicationNumber);
    Map<String, Object> variables = new HashMap<>();
    variables.put(NOTICE_FROM, side);
    variables.put(WITHDRAWAL_REASON, reason);
    String number = applicationNumber.trim();
    messages.send(NOTICE_WITHDRAWN_MESSAGE, number, variables, () -> "No notice on the agreement of application "
        + number + " is pending: there is nothing to withdraw.");
    return side;
  }

  /** ICE headquarters lifts the suspension of an agreement (Message_SuspensionLifted). */
  public void liftSuspension(Actor actor, String applicationNumber, String reason) {
    Jurisdiction where = jurisdiction(applicationNumber);
    policy.require(actor, Action.LIFT_SUSPENSION, where, "the agreement of " + where.ori());
    Map<String, Object> variables = new HashMap<>();
    variables.put(LIFT_REASON, reason);
    String number = applicationNumber.trim();
    messages.send(SUSPENSION_LIFTED_MESSAGE, number, variables, () -> "The agreement of application " + number
        + " is not suspended: there is no suspension to lift.");
  }

  private Jurisdiction jurisdiction(String applicationNumber) {
    return participation.applicationJurisdiction(applicationNumber)
        .orElseThrow(() -> new RuleViolation(APPLICATION_NUMBER, "No application " + applicationNumber + " is on record."));
  }

  private String sideOf(Actor actor, String applicationNumber) {
    Jurisdiction where = jurisdiction(applicationNumber);
    String side = policy.allows(actor, Action.GIVE_NOTICE_FOR_ICE, where) ? "ICE"
        : policy.allows(actor, Action.GIVE_NOTICE_FOR_AGENCY, where) ? "LEA" : null;
    if (side == null) {
      throw new NotAllowed(actor.userId() + " may not give or withdraw notice on the agreement of " + where.ori()
          + ": ICE's notice is for " + policy.groupsThatMay(Action.GIVE_NOTICE_FOR_ICE, where) + ", the agency's for "
          + policy.groupsThatMay(Action.GIVE_NOTICE_FOR_AGENCY, where) + ".");
    }
    return side;
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
