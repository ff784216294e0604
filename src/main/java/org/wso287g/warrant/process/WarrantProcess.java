package org.wso287g.warrant.process;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.wso287g.access.AccessPolicy;
import org.wso287g.access.Action;
import org.wso287g.access.Actor;
import org.wso287g.access.Jurisdiction;
import org.wso287g.common.RuleViolation;
import org.wso287g.process.PartyMessages;
import org.wso287g.process.Refusals;
import org.wso287g.warrant.domain.WarrantService;

/**
 * The one place the API talks to the engine about {@code warrantService}: lodging as the calling ERO
 * officer, under their authorizations, and the messages ERO sends about a lodged warrant (rule 14).
 */
@Component
@RequiredArgsConstructor
public class WarrantProcess {

  private final RuntimeService runtime;
  private final PartyMessages messages;
  private final WarrantService warrants;
  private final AccessPolicy policy;

  /** Lodges the warrant; true when it waits for the release, false when the partnership check refused it. */
  public boolean lodge(Map<String, Object> warrant) {
    ProcessInstance instance = Refusals.asTheCaller(
        () -> runtime.startProcessInstanceByKey(WarrantVariables.PROCESS_ID, warrant),
        "Warrants are lodged by ERO deportation officers (fo-{fo}-ero)");
    return !instance.isEnded();
  }

  /** The agency's ERO moves the scheduled release; the serve task waits for the new one. */
  public void reschedule(Actor actor, String number, Instant releaseAt) {
    if (releaseAt == null) {
      throw new RuleViolation(WarrantVariables.SCHEDULED_RELEASE_AT, "The new scheduled release is required.");
    }
    send(actor, number, WarrantVariables.RELEASE_RESCHEDULED_MESSAGE,
        Map.of(WarrantVariables.SCHEDULED_RELEASE_AT, releaseAt.toString()));
  }

  /** The agency's ERO cancels the warrant before it is served. */
  public void cancel(Actor actor, String number, String reason) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(WarrantVariables.CANCELLATION_REASON, reason);
    send(actor, number, WarrantVariables.WARRANT_CANCELLED_MESSAGE, variables);
  }

  /** Asks the policy with the warrant's agency from its record, then sends the message as the caller. */
  private void send(Actor actor, String number, String message, Map<String, Object> variables) {
    Jurisdiction where = warrants.warrantJurisdiction(number)
        .orElseThrow(() -> new RuleViolation(WarrantVariables.WARRANT_NUMBER, "No warrant " + number + " is on record."));
    policy.require(actor, Action.RESCHEDULE_OR_CANCEL_WARRANT, where, "the agency " + where.ori());
    messages.send(message, number, variables,
        () -> "Warrant " + number + " no longer waits for its release: it is " + warrants.statusOf(number) + ".");
  }
}
