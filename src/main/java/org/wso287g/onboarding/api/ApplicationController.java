package org.wso287g.onboarding.api;

import java.net.URI;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wso287g.api.Caller;
import org.wso287g.api.CallerNotAllowed;
import org.wso287g.identity.ProgramGroups;
import org.wso287g.onboarding.domain.Application;
import org.wso287g.onboarding.domain.ApplicationRepository;
import org.wso287g.onboarding.process.ParticipationProcess;
import org.wso287g.onboarding.process.ParticipationVariables;

/** Letters of interest through the API (the agency itself, or ICE staff), and where an application stands. */
@RestController
@RequestMapping("/api/applications")
@RequiredArgsConstructor
class ApplicationController {

  private final ParticipationProcess process;
  private final ApplicationRepository applications;
  private final ApplicationMapper mapper;
  private final Caller caller;

  @PostMapping
  ResponseEntity<?> register(@RequestBody LetterOfInterestRequest letter) {
    String ori = letter.agencyOri() == null ? "" : letter.agencyOri().trim();
    String office = letter.fieldOfficeCode() == null ? "" : letter.fieldOfficeCode().trim();
    if (!caller.groups().contains(ProgramGroups.HQ) && !caller.groups().contains(ProgramGroups.CAMUNDA_ADMIN)
        && !caller.groups().contains(ProgramGroups.fieldOfficeDirector(office))
        && !caller.groups().contains(ProgramGroups.agencyCommand(ori))) {
      throw new CallerNotAllowed(caller.userId() + " may register a letter of interest only for its own agency "
          + "(lea-{ori}-command), its field office (fo-{fo}-director) or as headquarters.");
    }
    ParticipationProcess.Started started = process.start(variables(letter));
    if (started.applicationNumber().isEmpty()) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, started.refusal());
      problem.setTitle("Duplicate application");
      return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
    String number = started.applicationNumber().get();
    return ResponseEntity.created(URI.create("/api/applications/" + number))
        .body(Map.of("applicationNumber", number, "status", "UNDER_REVIEW"));
  }

  @GetMapping("/{number}")
  ResponseEntity<ApplicationDto> application(@PathVariable String number) {
    return applications.findWithAgencyByNumber(number)
        .filter(a -> caller.maySee(a.getAgency().getFieldOfficeCode(), a.getAgency().getOri()))
        .map(a -> ResponseEntity.ok(view(a)))
        .orElseGet(() -> ResponseEntity.notFound().build());
  }

  private ApplicationDto view(Application application) {
    return mapper.toDto(application, process.stepsDone(application.getNumber()), process.openTasks(application.getNumber()));
  }

  private static Map<String, Object> variables(LetterOfInterestRequest letter) {
    Map<String, Object> variables = new java.util.HashMap<>();
    variables.put(ParticipationVariables.AGENCY_NAME, letter.agencyName());
    variables.put(ParticipationVariables.AGENCY_ORI, letter.agencyOri());
    variables.put(ParticipationVariables.AGENCY_STATE, letter.agencyState());
    variables.put(ParticipationVariables.AGENCY_COUNTY, letter.agencyCounty());
    variables.put(ParticipationVariables.JAIL_FACILITY_NAME, letter.jailFacilityName());
    variables.put(ParticipationVariables.FIELD_OFFICE_CODE, letter.fieldOfficeCode());
    variables.put(ParticipationVariables.REQUESTED_OFFICER_COUNT, letter.requestedOfficerCount());
    variables.put(ParticipationVariables.LETTER_DATE, letter.letterDate() == null ? null : letter.letterDate().toString());
    variables.put(ParticipationVariables.CONTACT_NAME, letter.contactName());
    variables.put(ParticipationVariables.CONTACT_EMAIL, letter.contactEmail());
    return variables;
  }
}
