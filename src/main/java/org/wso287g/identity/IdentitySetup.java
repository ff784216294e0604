package org.wso287g.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.wso287g.fieldoffice.FieldOffice;
import org.wso287g.fieldoffice.FieldOfficeRepository;

/**
 * At start-up, in every profile: the national groups, the three groups of each of the 25 field
 * offices, who may start a participation, and the Tasklist filters of each role. Idempotent: what
 * exists is left as it is. It runs before the web server opens, so nobody signs in to a half-made setup.
 */
@Component
@RequiredArgsConstructor
class IdentitySetup implements SmartInitializingSingleton {

  static final String PARTICIPATION_PROCESS = "wsoParticipation";
  static final String WARRANT_PROCESS = "warrantService";
  static final String WITHDRAWAL_PROCESS = "officerAuthorityWithdrawal";
  static final String NOTICE_PROCESS = ProgramIdentity.NOTICE_PROCESS;
  static final String COMPLAINT_PROCESS = ProgramIdentity.COMPLAINT_PROCESS;
  private static final Logger LOG = LoggerFactory.getLogger(IdentitySetup.class);

  private final ProgramIdentity identity;
  private final FieldOfficeRepository fieldOffices;
  private final FilterService filters;
  private final TaskService tasks;
  private final IdentityService identityService;
  private final List<IdentitySeed> seeds;

  @Override
  public void afterSingletonsInstantiated() {
    identity.ensureGroup(ProgramGroups.HQ, "ICE headquarters 287(g) program office");
    identity.ensureGroup(ProgramGroups.ICE_SIGNATORY, "ICE signatories of MOAs");
    identity.ensureGroup(ProgramGroups.PERSONNEL_SECURITY, "ICE personnel security");
    List<String> directors = new ArrayList<>();
    List<String> pointsOfContact = new ArrayList<>();
    List<String> eroOfficers = new ArrayList<>();
    for (FieldOffice office : fieldOffices.findAll()) {
      String director = ProgramGroups.fieldOfficeDirector(office.getCode());
      identity.ensureGroup(director, office.getName() + " Field Office Director and deputies");
      identity.ensureGroup(ProgramGroups.fieldOfficeWsoPoc(office.getCode()), office.getName() + " WSO point of contact");
      identity.ensureGroup(ProgramGroups.fieldOfficeEro(office.getCode()), office.getName() + " ERO deportation officers");
      directors.add(director);
      pointsOfContact.add(ProgramGroups.fieldOfficeWsoPoc(office.getCode()));
      eroOfficers.add(ProgramGroups.fieldOfficeEro(office.getCode()));
    }
    // Headquarters and Field Office Directors register the letters they receive and may withdraw an
    // officer's authority; ERO officers lodge warrants; all of them record complaints (start forms).
    identity.grantEveryoneTheModels();
    List<String> headquartersAndDirectors = joined(List.of(ProgramGroups.HQ), directors);
    identity.mayStart(headquartersAndDirectors, PARTICIPATION_PROCESS, WITHDRAWAL_PROCESS, NOTICE_PROCESS, COMPLAINT_PROCESS);
    identity.mayStart(eroOfficers, WARRANT_PROCESS, COMPLAINT_PROCESS);
    List<String> agencyGroups = identityService.createGroupQuery().groupType(ProgramIdentity.PROGRAM_GROUP_TYPE)
        .list().stream().map(Group::getId).filter(id -> id.startsWith("lea-")).toList();
    List<String> agencyCommands = agencyGroups.stream().filter(id -> id.endsWith("-command")).toList();
    List<String> agencyOfficers = agencyGroups.stream().filter(id -> id.endsWith("-wso")).toList();
    // Agencies registered before the give-notice, complaint, additional-candidates and departure forms
    // existed get their start permissions too.
    identity.mayStart(agencyCommands, NOTICE_PROCESS, COMPLAINT_PROCESS, ProgramIdentity.ADDITIONAL_CANDIDATES_PROCESS,
        ProgramIdentity.DEPARTURE_PROCESS);
    createFilters(Map.ofEntries(
        Map.entry(TasklistFilters.HQ_TASKS, List.of(ProgramGroups.HQ)),
        Map.entry(TasklistFilters.REVIEWS, directors),
        Map.entry(TasklistFilters.AUTHORIZATION_LETTERS, directors),
        Map.entry(TasklistFilters.OVERSIGHT, headquartersAndDirectors),
        Map.entry(TasklistFilters.AGENCY_TASKS, agencyCommands),
        Map.entry(TasklistFilters.MOAS_TO_SIGN, joined(List.of(ProgramGroups.ICE_SIGNATORY), agencyCommands)),
        Map.entry(TasklistFilters.BACKGROUND, List.of(ProgramGroups.PERSONNEL_SECURITY)),
        Map.entry(TasklistFilters.TRAININGS, pointsOfContact),
        Map.entry(TasklistFilters.WARRANTS_TO_SERVE, agencyOfficers),
        Map.entry(TasklistFilters.CUSTODY, joined(eroOfficers, directors)),
        // headquarters too: an outcome not recorded in time is escalated to it
        Map.entry(TasklistFilters.COMPLAINTS, joined(eroOfficers, headquartersAndDirectors)),
        Map.entry(TasklistFilters.CREDENTIAL_RETURNS, pointsOfContact)));
    LOG.info("Program groups, start permissions and Tasklist filters are in place");
    seeds.forEach(IdentitySeed::seed);
  }

  private static List<String> joined(List<String> some, List<String> others) {
    List<String> all = new ArrayList<>(some);
    all.addAll(others);
    return all;
  }

  /**
   * Creates missing filters; role filters are readable by their groups (agencies registered later get
   * theirs when their groups are created), the others by everyone.
   */
  private void createFilters(Map<String, List<String>> roleFilters) {
    for (TasklistFilters.Definition definition : TasklistFilters.definitions()) {
      Filter filter = identity.findFilter(definition.name())
          .orElseGet(() -> TasklistFilters.create(filters, tasks, definition));
      List<String> groups = roleFilters.get(definition.name());
      if (groups == null) {
        identity.grantEveryone(Resources.FILTER, filter.getId(), Permissions.READ);
      } else {
        identity.grant(groups, Resources.FILTER, filter.getId(), Permissions.READ);
      }
    }
  }
}
