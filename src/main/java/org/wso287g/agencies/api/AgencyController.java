package org.wso287g.agencies.api;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wso287g.api.Caller;
import org.wso287g.common.Problems;
import org.wso287g.identity.ProgramGroups;
import org.wso287g.onboarding.domain.Agency;
import org.wso287g.onboarding.domain.AgencyRepository;
import org.wso287g.onboarding.domain.AgencyStatus;
import org.wso287g.onboarding.domain.MoaRepository;
import org.wso287g.vetting.domain.CandidateRepository;
import org.wso287g.vetting.domain.Credential;
import org.wso287g.vetting.domain.CredentialRepository;

/** Agencies within the caller's scope: a filtered, paged list, and one agency with its agreements and officers. */
@RestController
@RequestMapping("/api/agencies")
@RequiredArgsConstructor
class AgencyController {

  private static final String NONE = "-";

  private final AgencyRepository agencies;
  private final MoaRepository moas;
  private final CandidateRepository candidates;
  private final CredentialRepository credentials;
  private final AgencyMapper mapper;
  private final Caller caller;

  @GetMapping
  @Transactional(readOnly = true)
  Map<String, Object> agencies(@RequestParam(required = false) String state,
      @RequestParam(required = false) String fieldOffice, @RequestParam(required = false) String model,
      @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    Problems problems = new Problems()
        .check(page >= 0, "page", "The page number starts at 0.")
        .check(size >= 1 && size <= 500, "size", "The page size must be between 1 and 500.");
    AgencyStatus wanted = null;
    if (status != null) {
      try {
        wanted = AgencyStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add("status", "'" + status + "' is not an agency status; use one of " + List.of(AgencyStatus.values()) + ".");
      }
    }
    problems.throwIfAny();
    List<String> groups = caller.groups();
    boolean everything = groups.contains(ProgramGroups.HQ) || groups.contains(ProgramGroups.CAMUNDA_ADMIN);
    List<String> offices = groups.stream().filter(g -> g.startsWith("fo-")).map(g -> g.split("-")[1].toUpperCase(Locale.ROOT))
        .distinct().toList();
    List<String> oris = groups.stream().filter(g -> g.startsWith("lea-")).map(g -> g.split("-")[1].toUpperCase(Locale.ROOT))
        .distinct().toList();
    Page<Agency> found = agencies.search(upper(state), upper(fieldOffice), wanted, upper(model), everything,
        offices.isEmpty() ? List.of(NONE) : offices, oris.isEmpty() ? List.of(NONE) : oris,
        PageRequest.of(page, size, Sort.by("state", "name")));
    Map<String, Object> body = new HashMap<>();
    body.put("content", found.map(mapper::toSummary).getContent());
    body.put("page", found.getNumber());
    body.put("size", found.getSize());
    body.put("totalElements", found.getTotalElements());
    body.put("totalPages", found.getTotalPages());
    return body;
  }

  @GetMapping("/{id}")
  @Transactional(readOnly = true)
  ResponseEntity<AgencyDto> agency(@PathVariable long id) {
    return agencies.findById(id)
        .filter(a -> caller.maySee(a.getFieldOfficeCode(), a.getOri()))
        .map(a -> ResponseEntity.ok(detail(a)))
        .orElseGet(() -> ResponseEntity.notFound().build());
  }

  private AgencyDto detail(Agency agency) {
    Map<Long, Credential> credentialByCandidate = new HashMap<>();
    credentials.findByAgencyId(agency.getId()).forEach(c -> credentialByCandidate.put(c.getCandidate().getId(), c));
    List<AgencyDto.OfficerDto> officers = candidates.findByAgencyIdOrderByNominatedAtDesc(agency.getId()).stream()
        .map(c -> {
          Credential credential = credentialByCandidate.get(c.getId());
          return new AgencyDto.OfficerDto(c.getId(), c.getFullName(), c.getBadgeNumber(), c.getStatus().name(),
              credential == null ? null : credential.getNumber(), credential == null ? null : credential.getStatus().name());
        }).toList();
    return mapper.toDetail(agency, moas.findByAgencyIdOrderByEffectiveOnDesc(agency.getId()).stream()
        .map(mapper::toDto).toList(), officers);
  }

  private static String upper(String value) {
    return value == null || value.isBlank() ? null : value.trim().toUpperCase(Locale.ROOT);
  }
}
