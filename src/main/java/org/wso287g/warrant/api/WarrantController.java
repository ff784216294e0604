package org.wso287g.warrant.api;

import java.net.URI;
import java.util.HashMap;
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
import org.wso287g.warrant.domain.WarrantRepository;
import org.wso287g.warrant.process.WarrantProcess;
import org.wso287g.warrant.process.WarrantVariables;

/**
 * ERO lodges a warrant (starts Process 3): 201 when it waits for the release, 409 for a warrant number
 * already on record (nothing changes), 422 with the reason when the partnership check refuses it.
 */
@RestController
@RequestMapping("/api/warrants")
@RequiredArgsConstructor
class WarrantController {

  private final WarrantProcess process;
  private final WarrantRepository warrants;
  private final WarrantMapper mapper;
  private final Caller caller;

  @PostMapping
  ResponseEntity<?> lodge(@RequestBody LodgeWarrantRequest request) {
    String number = request.warrantNumber() == null ? null : request.warrantNumber().trim();
    if (number != null && warrants.existsByNumber(number)) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
          "Warrant " + number + " is already lodged: a warrant is lodged once.");
      problem.setTitle("Duplicate warrant");
      return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
    if (process.lodge(variables(request))) {
      return ResponseEntity.created(URI.create("/api/warrants/" + number))
          .body(Map.of("warrantNumber", number, "status", "LODGED"));
    }
    WarrantDto refused = mapper.toDto(warrants.findWithAgencyByNumber(number).orElseThrow());
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, refused.statusReason());
    problem.setTitle("Warrant refused");
    problem.setProperty("warrant", refused);
    return ResponseEntity.unprocessableEntity().body(problem);
  }

  @GetMapping("/{number}")
  ResponseEntity<WarrantDto> warrant(@PathVariable String number) {
    return warrants.findWithAgencyByNumber(number)
        .filter(w -> caller.maySee(w.getAgency().getFieldOfficeCode(), w.getAgency().getOri()))
        .map(w -> ResponseEntity.ok(mapper.toDto(w)))
        .orElseGet(() -> ResponseEntity.notFound().build());
  }

  private static Map<String, Object> variables(LodgeWarrantRequest request) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(WarrantVariables.AGENCY_ORI, request.agencyOri());
    variables.put(WarrantVariables.FACILITY_NAME, request.facilityName());
    variables.put(WarrantVariables.SUBJECT_NAME, request.subjectName());
    variables.put(WarrantVariables.SUBJECT_BOOKING_NUMBER, request.subjectBookingNumber());
    variables.put(WarrantVariables.WARRANT_TYPE, request.warrantType());
    variables.put(WarrantVariables.WARRANT_NUMBER, request.warrantNumber());
    variables.put(WarrantVariables.WARRANT_ISSUED_ON,
        request.warrantIssuedOn() == null ? null : request.warrantIssuedOn().toString());
    variables.put(WarrantVariables.ISSUING_OFFICER, request.issuingOfficer());
    variables.put(WarrantVariables.SCHEDULED_RELEASE_AT,
        request.scheduledReleaseAt() == null ? null : request.scheduledReleaseAt().toInstant().toString());
    return variables;
  }
}
