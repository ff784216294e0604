package org.wso287g.journey;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Brings the program to each of its forms for the bad-input corpus, through the engine as the users
 * whose groups the steps are offered to (authorization on), with timers fired by hand: a new agency of
 * the New Orleans field office for each application, its command staff a user created for it, officers
 * vetted as any officer is. Every task handed out is handed out once.
 */
final class CorpusWorld {

  static final ZoneId NOL = ZoneId.of("America/Chicago");

  /** An agency of the corpus: its ORI, its application (number and participation instance) and command staff. */
  record Agency(String ori, String name, String jail, String number, String instanceId, String command) {}

  /** A credentialed officer: their user (password {@code demo}) and credential number. */
  record Officer(String userId, String credential) {}

  private final DemoUsers users;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final IdentityService identity;
  private final JdbcTemplate jdbc;
  private final AtomicInteger serial = new AtomicInteger(100);
  private final Set<String> handedOut = new HashSet<>();

  CorpusWorld(DemoUsers users, RuntimeService runtime, TaskService tasks, ManagementService management,
      IdentityService identity, JdbcTemplate jdbc) {
    this.users = users;
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.identity = identity;
    this.jdbc = jdbc;
  }

  static String today() {
    return LocalDate.now(NOL).toString();
  }

  int next() {
    return serial.incrementAndGet();
  }

  // ------------------------------------------------------------------------------ participation

  static Map<String, Object> letter(String ori, String name, String jail) {
    return Variables.createVariables()
        .putValue("agencyName", name).putValue("agencyOri", ori).putValue("agencyState", "LA")
        .putValue("agencyCounty", "Corpus Parish").putValue("jailFacilityName", jail).putValue("fieldOfficeCode", "NOL")
        .putValue("requestedOfficerCount", 4L).putValue("letterDate", today())
        .putValue("contactName", "Chief Deputy").putValue("contactEmail", "chief@corpus.invalid");
  }

  /** A new ORI of Louisiana, never used before in this run. */
  String newOri() {
    return String.format("LA7%06d", next());
  }

  Agency applied() {
    String ori = newOri();
    String name = "Corpus Parish " + ori + " Sheriff's Office";
    String jail = "Corpus Parish " + ori + " Jail";
    ProcessInstance instance = users.start("nol.director", "wsoParticipation", letter(ori, name, jail));
    String command = "cmd." + ori.toLowerCase();
    users.createUser(command, "lea-" + ori.toLowerCase() + "-command");
    return new Agency(ori, name, jail, instance.getBusinessKey(), instance.getId(), command);
  }

  Agency approved() {
    Agency agency = applied();
    users.complete("nol.director", open(agency.instanceId(), "userTask_reviewRequest"), Map.of("reviewDecision", "APPROVED"));
    return agency;
  }

  Agency askedForMoreInformation() {
    Agency agency = applied();
    users.complete("nol.director", open(agency.instanceId(), "userTask_reviewRequest"),
        Map.of("reviewDecision", "MORE_INFO", "reviewComment", "Which jail holds the detainees?"));
    return agency;
  }

  Agency prepared() {
    Agency agency = approved();
    users.complete("hq.analyst", open(agency.instanceId(), "userTask_prepareMoa"), Map.of("moaTemplateRevision",
        "Revised 02/15/2025", "fodContactName", "Deputy Field Office Director", "fodContactEmail", "dfod@ice.invalid"));
    return agency;
  }

  Agency signedByTheAgency() {
    Agency agency = prepared();
    users.complete(agency.command(), open(agency.instanceId(), "userTask_signMoaLea"), Map.of("leaSignatoryName",
        "Corpus Sheriff", "leaSignatoryTitle", "Sheriff", "leaSignedOn", today()));
    return agency;
  }

  Agency moaActive() {
    Agency agency = signedByTheAgency();
    users.complete("ice.signatory", open(agency.instanceId(), "userTask_signMoaIce"), Map.of("iceSignatoryName",
        "ICE Director designee", "iceSignedOn", today()));
    return agency;
  }

  /** An agency OPERATIONAL with one credentialed officer. */
  Agency operational() {
    Agency agency = moaActive();
    Task nominate = open(agency.instanceId(), "userTask_nominateCandidates");
    String badge = "C-" + next();
    users.as(agency.command(), () -> {
      tasks.claim(nominate.getId(), agency.command());
      tasks.complete(nominate.getId(), Variables.createVariables().putValue("candidateCount", 1L)
          .putValueTyped("candidates", SpinValues.jsonValue(candidates(badge)).create()));
      return null;
    });
    vet(agency, candidateId(agency, badge));
    return agency;
  }

  /** One more officer of an operational agency: nominated as additional candidate, vetted, credentialed. */
  Officer newOfficer(Agency agency) {
    String badge = "C-" + next();
    nominateAdditional(agency, badge);
    return vet(agency, candidateId(agency, badge));
  }

  void nominateAdditional(Agency agency, String badge) {
    users.start(agency.command(), "wsoAdditionalCandidates", Variables.createVariables()
        .putValue("agencyOri", agency.ori()).putValue("candidateCount", 1L)
        .putValueTyped("candidates", SpinValues.jsonValue(candidates(badge)).create()));
  }

  static String candidates(String badge) {
    return "[{\"fullName\":\"Corpus Officer " + badge + "\",\"badgeNumber\":\"" + badge + "\",\"email\":\""
        + badge.toLowerCase() + "@corpus.invalid\",\"usCitizen\":true}]";
  }

  long candidateId(Agency agency, String badge) {
    return jdbc.queryForObject("select c.id from candidate c join agency a on a.id = c.agency_id "
        + "where a.ori = ? and c.badge_number = ?", Long.class, agency.ori(), badge);
  }

  /** A new candidate of the agency, waiting for the background investigation. */
  long candidate(Agency agency) {
    String badge = "C-" + next();
    nominateAdditional(agency, badge);
    return candidateId(agency, badge);
  }

  Task vetting(long candidateId, String key) {
    List<Task> found = tasks.createTaskQuery().taskDefinitionKey(key).processVariableValueEquals("candidateId", candidateId)
        .list();
    if (found.size() != 1) {
      throw new IllegalStateException("Candidate " + candidateId + " has " + found.size() + " " + key);
    }
    handedOut.add(found.get(0).getId());
    return found.get(0);
  }

  void clear(long candidateId) {
    users.complete("ps.investigator", vetting(candidateId, "userTask_backgroundInvestigation"),
        Map.of("backgroundResult", "CLEARED", "backgroundNotes", "Nothing found"));
  }

  void train(long candidateId, long score) {
    users.complete("nol.poc", vetting(candidateId, "userTask_recordTraining"), Map.of("trainingDate", today(),
        "trainingHours", 8L, "examScore", score, "instructor", "nol.poc"));
  }

  Officer vet(Agency agency, long candidateId) {
    clear(candidateId);
    train(candidateId, 85L);
    users.complete("nol.director", vetting(candidateId, "userTask_signAuthorizationLetter"),
        Map.of("authorizationSignedOn", today()));
    users.runDueContinuations();
    String userId = jdbc.queryForObject("select user_id from candidate where id = ?", String.class, candidateId);
    String credential = jdbc.queryForObject("select number from credential where candidate_id = ?", String.class, candidateId);
    User user = identity.createUserQuery().userId(userId).singleResult();
    user.setPassword("demo");
    // "demo", like the demo users' password, does not meet the password policy: saved past it.
    ((IdentityServiceImpl) identity).saveUser(user, true);
    return new Officer(userId, credential);
  }

  // ------------------------------------------------------------------------------ oversight

  Task initialReview() {
    Agency agency = operational();
    fire(agency.instanceId(), "timerEvent_initialReviewDue");
    return open(agency.instanceId(), "userTask_initialReview");
  }

  /** An operational agency whose initial review is done (compliant): its annual reviews follow one another. */
  Agency reviewedOnce() {
    Agency agency = operational();
    fire(agency.instanceId(), "timerEvent_initialReviewDue");
    users.complete("nol.director", open(agency.instanceId(), "userTask_initialReview"),
        Map.of("compliant", true, "findings", "Compliant"));
    return agency;
  }

  Task annualReview(Agency agency) {
    fire(agency.instanceId(), "timerEvent_annualReviewDue");
    return open(agency.instanceId(), "userTask_annualComplianceReview");
  }

  Task correctiveActionPlan(Agency agency) {
    users.complete("nol.director", annualReview(agency), Map.of("compliant", false, "findings", "No detainer log"));
    return open(agency.instanceId(), "userTask_submitCorrectiveActionPlan");
  }

  Task verifyCorrection(Agency agency) {
    users.complete(agency.command(), correctiveActionPlan(agency), Map.of("correctiveActions", "Keep a detainer log",
        "correctionDueOn", LocalDate.parse(today()).plusDays(30).toString()));
    fire(agency.instanceId(), "timerEvent_correctionDue");
    return open(agency.instanceId(), "userTask_verifyCorrection");
  }

  Task decideOnNonCompliance(Agency agency) {
    users.complete("nol.director", verifyCorrection(agency), Map.of("corrected", false, "findings", "Still no log"));
    return open(agency.instanceId(), "userTask_decideOnNonCompliance");
  }

  // ------------------------------------------------------------------------------ warrants

  static Map<String, Object> warrant(String ori, String jail, String number) {
    Map<String, Object> warrant = new HashMap<>();
    warrant.put("agencyOri", ori);
    warrant.put("facilityName", jail);
    warrant.put("subjectName", "John Roe");
    warrant.put("subjectBookingNumber", "B-2026-1001");
    warrant.put("warrantType", "I-200");
    warrant.put("warrantNumber", number);
    warrant.put("warrantIssuedOn", today());
    warrant.put("issuingOfficer", "SDDO Example");
    warrant.put("scheduledReleaseAt", Instant.now().plus(1, ChronoUnit.HOURS).toString());
    return warrant;
  }

  /** A warrant lodged with the agency, waiting for the release: its number. */
  String lodged(String ori, String jail) {
    String number = "CORPUS-W-" + next();
    users.start("nol.ero", "warrantService", warrant(ori, jail, number));
    return number;
  }

  String warrantInstance(String number) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
  }

  Task serve(String ori, String jail) {
    String instance = warrantInstance(lodged(ori, jail));
    fire(instance, "timerEvent_scheduledRelease");
    return open(instance, "userTask_serveWarrant");
  }

  static Map<String, Object> served(boolean citizenshipClaimed) {
    return Map.of("servedAt", Instant.now().minusSeconds(30).toString(), "interpreterOffered", true,
        "interpreterName", "A. Interpreter", "citizenshipClaimed", citizenshipClaimed);
  }

  Task releaseUnserved(String ori, String jail) {
    Task serve = serve(ori, jail);
    fire(serve.getProcessInstanceId(), "boundaryEvent_notServedInTime");
    return open(serve.getProcessInstanceId(), "userTask_releaseUnserved");
  }

  Task custody(String ori, String jail, String officer) {
    Task serve = serve(ori, jail);
    users.complete(officer, serve, served(false));
    return open(serve.getProcessInstanceId(), "userTask_assumeCustody");
  }

  Task claimReview(String ori, String jail, String officer) {
    Task serve = serve(ori, jail);
    users.complete(officer, serve, served(true));
    return open(serve.getProcessInstanceId(), "userTask_reviewCitizenshipClaim");
  }

  Task releaseOnClaim(String ori, String jail, String officer) {
    Task review = claimReview(ori, jail, officer);
    users.complete("nol.ero", review, Map.of("citizenshipClaimDecision", "SUBSTANTIATED",
        "citizenshipClaimNotes", "Birth certificate seen"));
    return open(review.getProcessInstanceId(), "userTask_releaseOnClaim");
  }

  Task releaseAfter48Hours(String ori, String jail, String officer) {
    Task custody = custody(ori, jail, officer);
    fire(custody.getProcessInstanceId(), "boundaryEvent_custodyLimit");
    return open(custody.getProcessInstanceId(), "userTask_releaseSubject");
  }

  // ------------------------------------------------------------------------------ complaints

  static Map<String, Object> complaint(String ori) {
    Map<String, Object> complaint = new HashMap<>();
    complaint.put("agencyOri", ori);
    complaint.put("complaintReceivedAt", Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString());
    complaint.put("complaintSource", "DETAINEE");
    complaint.put("allegation", "MISCONDUCT");
    complaint.put("allegationSummary", "Rude language during booking.");
    return complaint;
  }

  Task referral(Agency agency) {
    ProcessInstance instance = users.start("nol.ero", "wsoComplaint", complaint(agency.ori()));
    return open(instance.getId(), "userTask_referComplaint");
  }

  Task investigationOutcome(Agency agency) {
    Task refer = referral(agency);
    users.complete("nol.ero", refer, Map.of("oprReference", "OPR-" + next(), "oprNotifiedOn", today(),
        "interimAction", "NONE"));
    return open(refer.getProcessInstanceId(), "userTask_recordInvestigationOutcome");
  }

  Task partiesNotified(Agency agency) {
    Task outcome = investigationOutcome(agency);
    users.complete("nol.director", outcome, Map.of("investigationOutcome", "NOT_SUSTAINED",
        "outcomeSummary", "Not sustained", "officerAction", "NONE"));
    return open(outcome.getProcessInstanceId(), "userTask_notifyComplaintParties");
  }

  // ------------------------------------------------------------------------------ credentials

  Task returnAfterDeparture(Agency agency) {
    Officer officer = newOfficer(agency);
    ProcessInstance instance = users.start(agency.command(), "wsoOfficerDeparture", Map.of("credentialNumber",
        officer.credential(), "departureDate", today(), "departureReason", "Retirement"));
    return open(instance.getId(), "userTask_recordCredentialReturn");
  }

  Task returnAfterWithdrawal(Agency agency) {
    Officer officer = newOfficer(agency);
    users.start("nol.director", "officerAuthorityWithdrawal", Map.of("credentialNumber", officer.credential(),
        "withdrawalReason", "Complaint under investigation"));
    String instance = runtime.createProcessInstanceQuery().processDefinitionKey("credentialReturn")
        .processInstanceBusinessKey(officer.credential()).singleResult().getId();
    return open(instance, "userTask_recordCredentialReturn");
  }

  // ------------------------------------------------------------------------------ engine

  /** Fires the timer of this activity in the instance (the job executor is off in the test). */
  void fire(String instanceId, String activityId) {
    List<Job> due = management.createJobQuery().processInstanceId(instanceId).activityId(activityId).list();
    if (due.isEmpty()) {
      throw new IllegalStateException("No job " + activityId + " in " + instanceId);
    }
    due.forEach(job -> management.executeJob(job.getId()));
  }

  /** The open task of this key in the instance that no one was handed yet. */
  Task open(String instanceId, String key) {
    Task task = tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(key).list().stream()
        .filter(t -> !handedOut.contains(t.getId()))
        .max(Comparator.comparing(Task::getCreateTime))
        .orElseThrow(() -> new IllegalStateException("No open " + key + " in " + instanceId));
    handedOut.add(task.getId());
    return task;
  }
}
