package org.wso287g.warrant.process;

import static org.wso287g.warrant.process.DepartureVariables.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.wso287g.process.ProgramAuthority;
import org.wso287g.vetting.domain.Credential;
import org.wso287g.vetting.domain.CredentialEnded;
import org.wso287g.vetting.domain.OfficerDepartures;

/**
 * A credential withdrawn by ICE or revoked by its MOA's end is ICE property that the officer hands back:
 * one {@code credentialReturn} instance per such credential (business key: its number) waits for the
 * WSO point of contact to record its return. A departure waits for it in its own process (Process 6).
 * The program starts these instances, in the transaction that ended the credential.
 */
@Component
@RequiredArgsConstructor
class CredentialReturnWaits implements SmartInitializingSingleton {

  private final OfficerDepartures departures;
  private final RuntimeService runtime;
  private final ProcessEngineConfiguration engine;

  @EventListener
  public void awaitReturn(CredentialEnded ended) {
    start(ended.credentialNumber());
  }

  /**
   * At start-up (one node at a time, under the cluster's start-up lock): credentials withdrawn or
   * revoked before this wait existed, or whose wait is gone, get theirs. Idempotent.
   */
  @Override
  public void afterSingletonsInstantiated() {
    ProgramAuthority.run(engine, () -> {
      Set<String> waiting = runtime.createProcessInstanceQuery().processDefinitionKey(RETURN_PROCESS).list().stream()
          .map(ProcessInstance::getBusinessKey).collect(Collectors.toSet());
      for (String number : departures.withdrawnOrRevokedNotReturned()) {
        if (!waiting.contains(number)) {
          start(number);
        }
      }
      return null;
    });
  }

  private void start(String credentialNumber) {
    Credential credential = departures.credential(credentialNumber);
    Map<String, Object> variables = new HashMap<>();
    variables.put(CREDENTIAL_NUMBER, credential.getNumber());
    describe(credential, departures.endedOn(credential), variables);
    ProgramAuthority.run(engine, () -> runtime.startProcessInstanceByKey(RETURN_PROCESS, credential.getNumber(), variables));
  }

  /** What the return task shows and is routed by, from the credential's record (rule 8). */
  static void describe(Credential credential, LocalDate endedOn, VariableScope execution) {
    Map<String, Object> variables = new HashMap<>();
    describe(credential, endedOn, variables);
    execution.setVariables(variables);
  }

  private static void describe(Credential credential, LocalDate endedOn, Map<String, Object> variables) {
    variables.put(OFFICER_NAME, credential.getCandidate().getFullName());
    variables.put(AGENCY_ORI, credential.getAgency().getOri());
    variables.put(AGENCY_NAME, credential.getAgency().getName());
    variables.put(FIELD_OFFICE_CODE, credential.getAgency().getFieldOfficeCode());
    variables.put(CREDENTIAL_STATUS, credential.getStatus().name());
    variables.put(CREDENTIAL_ENDED_ON, endedOn == null ? null : endedOn.toString());
    variables.put(CREDENTIAL_END_REASON, credential.getEndReason());
  }
}
