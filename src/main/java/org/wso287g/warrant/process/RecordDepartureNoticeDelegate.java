package org.wso287g.warrant.process;

import static org.wso287g.warrant.process.DepartureVariables.*;

import java.util.Date;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.wso287g.access.AccessPolicy;
import org.wso287g.access.Action;
import org.wso287g.process.CurrentUser;
import org.wso287g.process.VariableReader;
import org.wso287g.vetting.domain.Credential;
import org.wso287g.vetting.domain.OfficerDepartures;

/**
 * Process 6 begins: the agency's command staff give notice that one of their officers leaves. The
 * credential must be of the caller's agency and not ended; what the process shows and routes by
 * comes from its record (rule 8).
 */
@Component
@RequiredArgsConstructor
class RecordDepartureNoticeDelegate implements JavaDelegate {

  private final OfficerDepartures departures;
  private final AccessPolicy policy;

  @Override
  public void execute(DelegateExecution execution) {
    VariableReader read = VariableReader.of(execution);
    String number = read.text(CREDENTIAL_NUMBER);
    Credential held = departures.credential(number);
    policy.require(CurrentUser.actor(execution), Action.REPORT_OFFICER_DEPARTURE, held.getAgency().jurisdiction(),
        "the agency " + held.getAgency().getOri());
    OfficerDepartures.DepartureNotice notice = departures.notifyDeparture(number, read.date(DEPARTURE_DATE),
        read.text(DEPARTURE_REASON), CurrentUser.of(execution));
    Credential credential = notice.credential();
    execution.setProcessBusinessKey(credential.getNumber());
    execution.setVariable(CREDENTIAL_NUMBER, credential.getNumber());
    CredentialReturnWaits.describe(credential, null, execution);
    execution.setVariable(SHORT_NOTICE, Boolean.TRUE.equals(credential.getDepartureNoticeShort()));
    Date takesEffectAt = Date.from(notice.takesEffectAt());
    execution.setVariable(DEPARTURE_TAKES_EFFECT_AT, takesEffectAt);
    execution.setVariable(DEPARTURE_DUE, !takesEffectAt.after(ClockUtil.getCurrentTime()));
  }
}
