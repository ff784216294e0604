package org.wso287g.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.wso287g.complaint.domain.ComplaintDeadline;
import org.wso287g.onboarding.domain.AgencyNames;
import org.wso287g.statistics.domain.WarrantsServedTally;

/**
 * Writes a program of a given size into the domain tables of a database the application has already
 * migrated and started once (the field offices exist): agencies over the 25 field offices and their
 * states, their agreements (WSO through the workflow; JEM and TFM as imported from ICE's lists) in the
 * statuses an agreement goes through, the officers (candidates and credentials, some ended or suspended
 * as the oversight leaves them), the warrants served (warrant, service, custody outcome), the oversight
 * reviews and the complaints, and then the warrants-served tally, as the application would have kept it.
 * The engine's tables are not touched: the statistics read the domain tables only.
 *
 * <p>Every event lies in the fiscal years 2019 to 2026 ({@link #LAST_DAY}), so figures are the same
 * whatever day the data are written; the values follow a fixed seed. Ids are given explicitly above the
 * highest on record, and each identity column and number sequence is moved past them afterwards, so the
 * application goes on numbering after the data. Fill a database once: a second fill is refused.
 *
 * <p>Up to a few tens of thousands of rows per table are computed here and sent in JDBC batches; the
 * warrant tables (one row per service in each) are written set-based, {@code insert ... select} over a
 * generated series, in chunks of {@value #CHUNK} rows, each committed. SQL portable to H2 2.x and
 * PostgreSQL 15 except the series itself and the sequences' next value. At the full size, PostgreSQL takes
 * one or two minutes, an H2 file database about ten (a third of it in the commits, where H2 marks each
 * changed index entry committed; a larger page cache did not change that).
 */
public final class StatisticsData {

  /** The last day of the data: the end of fiscal year 2026. Nothing is served, reviewed or received after it. */
  public static final LocalDate LAST_DAY = LocalDate.of(2026, 9, 30);

  /** One complaint per so many warrant services. */
  static final int SERVICES_PER_COMPLAINT = 200;

  static final int CHUNK = 100_000;
  private static final int BATCH = 2_000;
  private static final long SEED = 287;

  /** The share of the agreements that are WSO agreements with officers, WSO still in preparation, and JEM. */
  private static final double WSO_IN_OPERATION = 0.54;
  private static final double WSO = 0.60;
  private static final double JEM = 0.25;

  private static final String[] COUNTIES = {"Adams", "Baldwin", "Calhoun", "Clay", "Douglas", "Franklin", "Grant",
      "Hamilton", "Jackson", "Jefferson", "Lincoln", "Madison", "Marion", "Monroe", "Montgomery", "Polk", "Putnam",
      "Randolph", "Scott", "Union", "Warren", "Washington", "Wayne", "Wilson"};
  private static final String[] FIRST_NAMES = {"James", "Maria", "Robert", "Linda", "Michael", "Patricia", "David",
      "Jennifer", "Carlos", "Elizabeth", "William", "Susan", "Joseph", "Jessica", "Thomas", "Sarah"};
  private static final String[] LAST_NAMES = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller",
      "Davis", "Rodriguez", "Martinez", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Lee", "Walker", "Hall"};
  private static final String[] COMPLAINT_SOURCES = {"PUBLIC", "DETAINEE", "STAFF", "ICE", "OTHER"};
  private static final String[] ALLEGATIONS = {"USE_OF_FORCE", "CIVIL_RIGHTS", "SCOPE_OF_AUTHORITY", "MISCONDUCT",
      "OTHER"};
  private static final String[] OUTCOMES = {"NOT_SUSTAINED", "UNFOUNDED", "EXONERATED", "SUSTAINED"};

  private StatisticsData() {}

  /**
   * Writes {@code agreements} agreements (one agency each), {@code officers} credentialed officers and
   * {@code services} warrant services, with the oversight records in proportion, and prints how long it
   * took. Commits; on failure rolls back what was not yet committed and throws.
   */
  public static void fill(Connection connection, int agreements, int officers, int services) throws SQLException {
    if (agreements < 1 || agreements > 999_999 || officers < 0 || services < 0 || (services > 0 && officers == 0)) {
      // An agency's ORI carries its number in six digits.
      throw new IllegalArgumentException("1 to 999,999 agreements, no negative count, and officers for any service: "
          + agreements + " / " + officers + " / " + services);
    }
    long start = System.nanoTime();
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      new Filler(connection, agreements, officers, services).run();
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
    System.out.printf(Locale.ROOT, "filled %,d agreements, %,d officers, %,d warrant services in %.1f s%n",
        agreements, officers, services, seconds(start));
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  /** One agency and its one agreement. */
  private static final class Agency {
    int index;
    long id;
    String ori;
    String name;
    String county;
    String state;
    String office;
    ZoneId zone;
    String model;
    String moaStatus;
    LocalDate effectiveOn;
    LocalDate endedOn;
    Long applicationId;
    long moaId;
    String applicationNumber;
    LocalDate operationalSince;
    final List<Credential> credentials = new ArrayList<>();

    boolean inOperation() {
      return "WSO".equals(model) && effectiveOn != null;
    }

    /** The last day the agreement's officers could work: the day before it ended, or the last day of the data. */
    LocalDate until() {
      return endedOn != null ? endedOn.minusDays(1) : LAST_DAY;
    }

    Instant at(LocalDate day, int hour, int minute) {
      return day.atTime(LocalTime.of(hour, minute)).atZone(zone).toInstant();
    }

    String command() {
      return "command." + ori.toLowerCase(Locale.ROOT);
    }

    String director() {
      return office.toLowerCase(Locale.ROOT) + ".director";
    }
  }

  /** One officer: a candidate and the credential issued to them. */
  private static final class Credential {
    long id;
    long candidateId;
    Agency agency;
    String number;
    String badge;
    String fullName;
    Instant issuedAt;
    String status = "ACTIVE";
    Instant endedAt;
    String endReason;
    Instant suspendedAt;
    String suspensionReason;
    boolean suspendedWithAgreement;
    LocalDate departureOn;
    LocalDate returnedOn;

    /** Until when the officer could serve: the end or suspension of the credential, or the last day. */
    Instant servingUntil() {
      if (endedAt != null) {
        return endedAt;
      }
      return suspendedAt != null ? suspendedAt : agency.at(LAST_DAY, 23, 0);
    }
  }

  private static final class Filler {

    private final Connection connection;
    private final boolean postgres;
    private final int agreementCount;
    private final int officerCount;
    private final int serviceCount;
    private final Random random = new Random(SEED);
    private final List<Agency> agencies = new ArrayList<>();
    private final List<Credential> credentials = new ArrayList<>();
    /** The next numbers of the application and complaint sequences, once the rows written here have theirs. */
    private long nextApplicationNumber;
    private long nextComplaintNumber;

    Filler(Connection connection, int agreements, int officers, int services) throws SQLException {
      this.connection = connection;
      this.postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
      this.agreementCount = agreements;
      this.officerCount = officers;
      this.serviceCount = services;
    }

    void run() throws SQLException {
      long step = System.nanoTime();
      planAgencies();
      planCredentials();
      insertAgencies();
      insertApplicationsAndAgreements();
      insertOfficers();
      insertReviews();
      insertComplaints();
      connection.commit();
      System.out.printf(Locale.ROOT, "  agencies, agreements, officers, reviews, complaints: %.1f s%n", seconds(step));

      step = System.nanoTime();
      insertWarrants();
      System.out.printf(Locale.ROOT, "  warrants, services, custody outcomes: %.1f s%n", seconds(step));

      step = System.nanoTime();
      // The rows were written around WarrantService, which keeps the tally service by service.
      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate("delete from warrants_served_daily");
        statement.executeUpdate(WarrantsServedTally.RECOUNT);
      }
      restartNumbering();
      connection.commit();
      if (postgres) {
        // What autovacuum does within a minute of such a load: give the planner the tables' statistics.
        try (Statement statement = connection.createStatement()) {
          statement.execute("analyze");
        }
        connection.commit();
      }
      System.out.printf(Locale.ROOT, "  warrants-served tally, numbering%s: %.1f s%n", postgres ? ", analyze" : "",
          seconds(step));
    }

    // ---- plans: computed here, written in batches ----

    private void planAgencies() throws SQLException {
      List<String[]> places = places();
      Map<String, String> stateZones = stateZones();
      Map<String, String> officeZones = officeZones();
      long firstId = nextId("agency");
      int inOperation = (int) Math.max(1, Math.round(agreementCount * WSO_IN_OPERATION));
      int wso = (int) Math.max(inOperation, Math.round(agreementCount * WSO));
      int jem = (int) Math.min(agreementCount, wso + Math.round(agreementCount * JEM));
      for (int i = 0; i < agreementCount; i++) {
        Agency a = new Agency();
        a.index = i;
        a.id = firstId + i;
        // Spread over the field offices first, then over each office's states.
        String[] offices = places.get(i % places.size());
        a.office = offices[0];
        a.state = offices[1 + (i / places.size()) % (offices.length - 1)];
        a.zone = ZoneId.of(stateZones.getOrDefault(a.office + "/" + a.state, officeZones.get(a.office)));
        a.county = COUNTIES[i % COUNTIES.length];
        a.name = a.county + " County Sheriff's Office, District " + (i / COUNTIES.length + 1);
        if (i < inOperation) {
          a.model = "WSO";
          a.moaStatus = i % 50 == 7 ? "SUSPENDED" : i % 10 == 3 ? "TERMINATED" : "ACTIVE";
          a.effectiveOn = day(LocalDate.of(2019, 5, 1), LocalDate.of(2025, 12, 31));
        } else if (i < wso) {
          a.model = "WSO";
          a.moaStatus = i % 2 == 0 ? "DRAFT" : "SIGNED_BY_AGENCY";
        } else if (i < jem) {
          a.model = "JEM";
          a.moaStatus = i % 10 == 5 ? "TERMINATED" : "ACTIVE";
          a.effectiveOn = day(LocalDate.of(2017, 1, 1), LocalDate.of(2025, 12, 31));
        } else {
          // The task force model was taken up again in January 2025.
          a.model = "TFM";
          a.moaStatus = i % 10 == 5 ? "TERMINATED" : "ACTIVE";
          a.effectiveOn = day(LocalDate.of(2025, 1, 23), LocalDate.of(2025, 12, 31));
        }
        if (!"ACTIVE".equals(a.moaStatus) && a.effectiveOn != null) {
          // Ended (or suspended) at least 120 days after it took effect and before the last day.
          a.endedOn = day(a.effectiveOn.plusDays(120), LAST_DAY.minusDays(1));
        }
        // ICE's lists carry no ORI: only the agencies that came through the workflow have one.
        a.ori = "WSO".equals(a.model) ? a.state + "B" + String.format(Locale.ROOT, "%06d", i) : null;
        agencies.add(a);
      }
      if (exists("select 1 from agency where ori = ?", agencies.get(0).ori)) {
        throw new IllegalStateException("The database already holds these agencies: fill a database once.");
      }
    }

    private void planCredentials() throws SQLException {
      List<Agency> operating = agencies.stream().filter(Agency::inOperation).toList();
      long firstCredential = nextId("credential");
      long firstCandidate = nextId("candidate");
      for (int k = 0; k < officerCount; k++) {
        Agency a = operating.get(k % operating.size());
        Credential c = new Credential();
        c.id = firstCredential + k;
        c.candidateId = firstCandidate + k;
        c.agency = a;
        a.credentials.add(c);
        int ordinal = a.credentials.size();
        c.number = "WSO-" + a.ori + "-" + String.format(Locale.ROOT, "%04d", ordinal);
        c.badge = "D-" + (100 + ordinal);
        c.fullName = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + LAST_NAMES[random.nextInt(LAST_NAMES.length)];
        LocalDate issued = day(a.effectiveOn.plusDays(30), a.until().minusDays(30));
        c.issuedAt = a.at(issued, 9 + random.nextInt(8), random.nextInt(60));
        double fate = random.nextDouble();
        if (fate < 0.08) {
          // Left the agency, or had their authority withdrawn, while the agreement went on.
          LocalDate ended = day(issued.plusDays(30), a.until());
          c.endedAt = a.at(ended, 17, 0);
          if (fate < 0.05) {
            c.status = "DEPARTED";
            c.departureOn = ended;
            c.endReason = "Left the agency on " + ended + ": retirement";
          } else {
            c.status = "WITHDRAWN";
            c.endReason = "Complaint sustained (withdrawn by " + a.director() + ")";
          }
          LocalDate returned = ended.plusDays(1 + random.nextInt(20));
          c.returnedOn = returned.isAfter(LAST_DAY) ? null : returned;
        } else if (fate < 0.09 && "ACTIVE".equals(a.moaStatus)) {
          c.status = "SUSPENDED";
          c.suspendedAt = a.at(day(issued.plusDays(30), LAST_DAY), 11, 0);
          c.suspensionReason = "Interim suspension pending a complaint";
        }
        if (c.endedAt == null && "SUSPENDED".equals(a.moaStatus)) {
          c.status = "SUSPENDED";
          c.suspendedAt = a.at(a.endedOn, 0, 5);
          c.suspensionReason = "The agreement is suspended.";
          c.suspendedWithAgreement = true;
        } else if (c.endedAt == null && "TERMINATED".equals(a.moaStatus)) {
          c.status = "REVOKED";
          c.endedAt = a.at(a.endedOn, 0, 5);
          c.endReason = "The agreement was terminated.";
          c.returnedOn = a.endedOn.plusDays(random.nextInt(30));
          if (c.returnedOn.isAfter(LAST_DAY)) {
            c.returnedOn = null;
          }
        }
        credentials.add(c);
        if (a.operationalSince == null || issued.isBefore(a.operationalSince)) {
          a.operationalSince = issued;
        }
      }
    }

    // ---- inserts ----

    private void insertAgencies() throws SQLException {
      List<Object[]> rows = new ArrayList<>();
      for (Agency a : agencies) {
        String status = switch (a.moaStatus) {
          case "DRAFT", "SIGNED_BY_AGENCY" -> "APPLICANT";
          case "SUSPENDED", "TERMINATED" -> a.moaStatus;
          default -> a.operationalSince != null ? "OPERATIONAL" : "MOA_ACTIVE";
        };
        LocalDate known = a.effectiveOn != null ? a.effectiveOn.minusDays(150) : LAST_DAY.minusDays(200);
        rows.add(new Object[] {a.id, a.ori, a.name, a.state, a.county, a.county + " County Detention Center",
            a.office, status, a.operationalSince, a.at(known, 10, 0), AgencyNames.normalize(a.name)});
      }
      batch("insert into agency (id, ori, name, state, county, jail_facility_name, field_office_code, status, "
          + "operational_since, created_at, normalized_name) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    private void insertApplicationsAndAgreements() throws SQLException {
      long applicationId = nextId("application");
      nextApplicationNumber = nextValue("application_number_seq");
      long moaId = nextId("moa");
      long noticeId = nextId("agreement_notice");
      List<Object[]> applications = new ArrayList<>();
      List<Object[]> moas = new ArrayList<>();
      List<Object[]> notices = new ArrayList<>();
      for (Agency a : agencies) {
        a.moaId = moaId++;
        if ("WSO".equals(a.model)) {
          // Through the workflow: a letter of interest, approved, then the MOA.
          a.applicationId = applicationId++;
          LocalDate letter = a.effectiveOn != null ? a.effectiveOn.minusDays(120) : day(LAST_DAY.minusDays(200),
              LAST_DAY.minusDays(60));
          a.applicationNumber = "WSO-" + letter.getYear() + "-" + String.format(Locale.ROOT, "%04d", nextApplicationNumber++);
          boolean ended = "TERMINATED".equals(a.moaStatus);
          applications.add(new Object[] {a.applicationId, a.applicationNumber, a.id, ended ? "AGREEMENT_ENDED" : "APPROVED",
              ended ? null : a.id, Math.max(4, officerCount / Math.max(1, agreementCount) + 2), letter,
              "Chief Deputy " + LAST_NAMES[a.index % LAST_NAMES.length], "contact@" + a.ori.toLowerCase(Locale.ROOT) + ".invalid",
              a.director(), a.at(letter.plusDays(2), 10, 0), "APPROVED", a.director(), a.at(letter.plusDays(20), 14, 0),
              ended ? a.at(a.endedOn, 0, 5) : null});
          boolean agencySigned = !"DRAFT".equals(a.moaStatus);
          Notice notice = Notice.of(a);
          moas.add(new Object[] {a.moaId, a.applicationId, a.id, a.model, a.moaStatus, "WSO MOA rev. 2019-05",
              "Field Office Director, " + a.office, a.director() + "@ice.invalid", "hq.analyst",
              agencySigned ? "Sheriff " + LAST_NAMES[a.index % LAST_NAMES.length] : null, agencySigned ? "Sheriff" : null,
              agencySigned ? (a.effectiveOn != null ? a.effectiveOn.minusDays(7) : LAST_DAY.minusDays(30)) : null,
              agencySigned ? a.command() : null,
              a.effectiveOn != null ? "ICE Director's designee" : null, a.effectiveOn,
              a.effectiveOn != null ? "ice.signatory" : null, a.effectiveOn,
              notice == null ? null : notice.from, notice == null ? null : notice.kind,
              notice == null ? null : notice.reason, notice == null ? null : notice.exigent,
              notice == null ? null : notice.receivedAt, notice == null ? null : notice.givenBy, a.endedOn, "WORKFLOW"});
          if (notice != null) {
            notices.add(new Object[] {noticeId++, a.moaId, notice.from, notice.kind, notice.reason, notice.exigent,
                notice.receivedOn, "CERTIFIED_MAIL", a.at(a.endedOn, 0, 0), "IN_EFFECT", notice.givenBy,
                notice.receivedAt});
          }
        } else {
          // Imported from ICE's lists: no application, no signatures on record.
          moas.add(new Object[] {a.moaId, null, a.id, a.model, a.moaStatus, null, null, null, null, null, null, null,
              null, null, null, null, a.effectiveOn, null, null, null, null, null, null, a.endedOn, "ICE_LIST"});
        }
      }
      batch("insert into application (id, number, agency_id, status, open_agency_id, requested_officer_count, "
          + "letter_date, contact_name, contact_email, registered_by, registered_at, review_decision, reviewed_by, "
          + "reviewed_at, closed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", applications);
      batch("insert into moa (id, application_id, agency_id, model, status, template_revision, fod_contact_name, "
          + "fod_contact_email, prepared_by, lea_signatory_name, lea_signatory_title, lea_signed_on, lea_recorded_by, "
          + "ice_signatory_name, ice_signed_on, ice_recorded_by, effective_on, notice_from, notice_kind, notice_reason, "
          + "notice_exigent, notice_received_at, notice_given_by, ended_on, source) "
          + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", moas);
      batch("insert into agreement_notice (id, moa_id, notice_from, kind, reason, exigent, received_on, delivery, "
          + "effective_at, status, given_by, given_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", notices);
    }

    /** The notice that ended or suspended a WSO agreement. */
    private record Notice(String from, String kind, String reason, boolean exigent, LocalDate receivedOn,
        Instant receivedAt, String givenBy) {

      static Notice of(Agency a) {
        if (a.endedOn == null) {
          return null;
        }
        boolean suspension = "SUSPENDED".equals(a.moaStatus);
        // A termination takes effect 90 days after receipt; a suspension at once.
        LocalDate received = suspension ? a.endedOn : a.endedOn.minusDays(90);
        String from = suspension || a.index % 3 == 0 ? "ICE" : "LEA";
        return new Notice(from, suspension ? "SUSPENSION" : "TERMINATION",
            suspension ? "Findings not corrected" : "The agency withdraws from the program", suspension, received,
            a.at(received, 10, 0), "ICE".equals(from) ? "hq.analyst" : a.command());
      }
    }

    private void insertOfficers() throws SQLException {
      List<Object[]> candidates = new ArrayList<>();
      List<Object[]> issued = new ArrayList<>();
      for (Credential c : credentials) {
        Agency a = c.agency;
        String user = "wso." + a.ori.toLowerCase(Locale.ROOT) + "." + c.badge.toLowerCase(Locale.ROOT);
        candidates.add(new Object[] {c.candidateId, a.id, a.applicationId, c.fullName, c.badge,
            user + "@" + a.ori.toLowerCase(Locale.ROOT) + ".invalid", true, c.endedAt == null ? "CREDENTIALED" : "REVOKED",
            user, a.command(), c.issuedAt.minus(75, ChronoUnit.DAYS)});
        LocalDate form = c.issuedAt.atZone(a.zone).toLocalDate();
        issued.add(new Object[] {c.id, c.number, c.candidateId, a.id, c.status, c.issuedAt, form, c.endedAt, c.endReason,
            c.suspendedAt, c.suspensionReason, c.suspendedWithAgreement, c.returnedOn,
            c.returnedOn == null ? null : a.office.toLowerCase(Locale.ROOT) + ".poc",
            c.departureOn, c.departureOn == null ? null : "Retirement",
            c.departureOn == null ? null : c.departureOn.minusDays(90), c.departureOn == null ? null : a.command(),
            c.departureOn == null ? null : false});
      }
      // Nominees who did not become officers: not cleared, failed the exam twice, or still being vetted.
      long extra = credentials.isEmpty() ? 0 : credentials.get(0).candidateId + credentials.size();
      String[] outcomes = {"NOT_CLEARED", "EXAM_FAILED", "NOMINATED", "CLEARED"};
      for (int k = 0; k < credentials.size() / 10; k++) {
        Credential peer = credentials.get(k * 10);
        Agency a = peer.agency;
        candidates.add(new Object[] {extra + k, a.id, a.applicationId, FIRST_NAMES[k % FIRST_NAMES.length] + " "
            + LAST_NAMES[(k / 3) % LAST_NAMES.length], "N-" + (100 + k), "nominee" + k + "@" + a.ori.toLowerCase(Locale.ROOT)
            + ".invalid", true, outcomes[k % outcomes.length], null, a.command(), peer.issuedAt.minus(75, ChronoUnit.DAYS)});
      }
      batch("insert into candidate (id, agency_id, application_id, full_name, badge_number, email, us_citizen, status, "
          + "user_id, nominated_by, nominated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", candidates);
      batch("insert into credential (id, number, candidate_id, agency_id, status, issued_at, form_70006_executed_on, "
          + "ended_at, end_reason, suspended_at, suspension_reason, suspended_with_agreement, returned_on, "
          + "return_recorded_by, departure_on, departure_reason, departure_notified_on, departure_notified_by, "
          + "departure_notice_short) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", issued);
    }

    /**
     * The oversight's reviews of each WSO agreement in operation: the initial one due 12 months after
     * operations start, an annual one every year after that, each done on or before its due day or
     * late; a review due but not done by the last day is not on record yet.
     */
    private void insertReviews() throws SQLException {
      long id = nextId("oversight_review");
      List<Object[]> rows = new ArrayList<>();
      for (Agency a : agencies) {
        if (a.operationalSince == null) {
          continue;
        }
        for (LocalDate due = a.operationalSince.plusMonths(12); !due.isAfter(a.until()); due = due.plusYears(1)) {
          boolean onTime = random.nextDouble() < 0.88;
          LocalDate done = onTime ? due.minusDays(random.nextInt(25)) : due.plusDays(1 + random.nextInt(40));
          if (done.isAfter(LAST_DAY)) {
            break;
          }
          boolean compliant = random.nextDouble() < 0.93;
          Instant reviewedAt = a.at(done, 10 + random.nextInt(6), random.nextInt(60));
          LocalDate correctionDue = compliant ? null : done.plusDays(30);
          boolean corrected = !compliant && random.nextDouble() < 0.8 && !correctionDue.isAfter(LAST_DAY);
          rows.add(new Object[] {id++, a.moaId, due.equals(a.operationalSince.plusMonths(12)) ? "INITIAL" : "ANNUAL",
              compliant, compliant ? "No findings." : "Detainer paperwork incomplete in two files.", a.director(),
              reviewedAt, due, compliant ? null : "Retrain staff on the I-247A checklist.", correctionDue,
              corrected ? "Corrected." : null, corrected ? a.at(correctionDue.minusDays(random.nextInt(10)), 11, 0) : null,
              corrected ? a.director() : null});
        }
      }
      batch("insert into oversight_review (id, moa_id, kind, compliant, findings, reviewed_by, reviewed_at, due_on, "
          + "corrective_actions, correction_due_on, correction_findings, corrected_at, correction_verified_by) "
          + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /**
     * Complaints about the officers, one per {@value #SERVICES_PER_COMPLAINT} services, received while the
     * officer served, recorded mostly within the 48 weekday hours; those older than 120 days resolved.
     */
    private void insertComplaints() throws SQLException {
      if (credentials.isEmpty()) {
        return;
      }
      long id = nextId("complaint");
      nextComplaintNumber = nextValue("complaint_number_seq");
      List<Object[]> rows = new ArrayList<>();
      for (int m = 0; m < serviceCount / SERVICES_PER_COMPLAINT; m++) {
        Credential c = credentials.get(random.nextInt(credentials.size()));
        Agency a = c.agency;
        long span = c.servingUntil().getEpochSecond() - c.issuedAt.getEpochSecond();
        Instant received = c.issuedAt.plusSeconds((long) (random.nextDouble() * span));
        Instant noticeDue = ComplaintDeadline.noticeDueAt(received, a.zone);
        boolean late = random.nextDouble() < 0.08;
        Instant recorded = late ? noticeDue.plus(1 + random.nextInt(30), ChronoUnit.HOURS)
            : received.plusSeconds((long) (random.nextDouble() * (noticeDue.getEpochSecond() - received.getEpochSecond())));
        Instant resolutionDue = received.plus(90, ChronoUnit.DAYS);
        LocalDate receivedOn = received.atZone(a.zone).toLocalDate();
        boolean resolved = receivedOn.plusDays(120).isBefore(LAST_DAY);
        String status = resolved ? "RESOLVED" : new String[] {"RECORDED", "REFERRED", "OUTCOME_RECORDED"}[m % 3];
        boolean referred = !"RECORDED".equals(status);
        boolean decided = resolved || "OUTCOME_RECORDED".equals(status);
        Instant referredAt = received.plus(3, ChronoUnit.DAYS);
        Instant decidedAt = received.plus(40 + random.nextInt(45), ChronoUnit.DAYS);
        String outcome = OUTCOMES[m % OUTCOMES.length];
        rows.add(new Object[] {id++, "CMP-" + receivedOn.getYear() + "-" + String.format(Locale.ROOT, "%04d", nextComplaintNumber++),
            a.id, c.id, received, noticeDue, recorded, recorded.isAfter(noticeDue), resolutionDue, status,
            COMPLAINT_SOURCES[m % COMPLAINT_SOURCES.length], ALLEGATIONS[(m / 5) % ALLEGATIONS.length],
            "Complaint about the service of a detainer.", a.office.toLowerCase(Locale.ROOT) + ".ero",
            referred ? "OPR-" + (100000 + m) : null, referred ? referredAt.atZone(a.zone).toLocalDate() : null,
            referred ? "NONE" : null, referred ? a.office.toLowerCase(Locale.ROOT) + ".ero" : null,
            referred ? referredAt : null, decided ? outcome : null, decided ? "Investigated by OPR." : null,
            decided ? "NONE" : null, decided ? a.director() : null, decided ? decidedAt : null,
            resolved ? decidedAt.plus(5, ChronoUnit.DAYS).atZone(a.zone).toLocalDate() : null,
            resolved ? a.director() : null, resolved ? decidedAt.plus(5, ChronoUnit.DAYS) : null});
      }
      batch("insert into complaint (id, complaint_number, agency_id, credential_id, received_at, notice_due_at, "
          + "recorded_at, recorded_late, resolution_due_at, status, source, allegation, allegation_summary, recorded_by, "
          + "opr_reference, opr_notified_on, interim_action, referred_by, referred_at, investigation_outcome, "
          + "outcome_summary, officer_action, decided_by, decided_at, parties_notified_on, notified_by, notified_at) "
          + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /**
     * Service number x (0-based) is made by credential x mod officers, at a moment spread over the time
     * that officer could serve; the scheduled release comes up to 90 minutes before the service, the
     * person is transferred six hours after it (one in twenty released). The warrant, its service and its
     * custody outcome are written set-based, a chunk at a time.
     */
    private void insertWarrants() throws SQLException {
      if (serviceCount == 0) {
        return;
      }
      long warrant = nextId("warrant");
      long service = nextId("warrant_service");
      long outcome = nextId("custody_outcome");
      long firstCredential = credentials.get(0).id;
      // Service moment: spread by a multiplicative hash over the officer's time in service, less two hours.
      String release = "c.issued_at + interval '1' second * mod(g.x * 2654435761, "
          + "cast(extract(epoch from coalesce(c.ended_at, c.suspended_at, timestamp with time zone '" + LAST_DAY
          + " 12:00:00+00')) - extract(epoch from c.issued_at) as bigint) - 7200)";
      String warrants = "insert into warrant (id, number, agency_id, facility_name, subject_name, subject_booking_number, "
          + "type, issued_on, issuing_officer, scheduled_release_at, status, lodged_by, lodged_at, closed_at) "
          + "select ? + g.x, 'ERO-' || cast(? + g.x as varchar(20)), c.agency_id, a.jail_facility_name, "
          + "'Subject ' || cast(g.x as varchar(20)), 'BK-' || cast(g.x as varchar(20)), "
          + "case when mod(g.x, 4) = 0 then 'I-205' else 'I-200' end, "
          + "cast(" + release + " as date) - cast(mod(g.x, 20) + 3 as integer), 'Deportation Officer', " + release + ", "
          + "case when mod(g.x, 20) = 0 then 'RELEASED' else 'TRANSFERRED' end, "
          + "'fo-' || lower(a.field_office_code) || '-ero', " + release + " - interval '2' day, "
          + release + " + interval '1' minute * mod(g.x, 90) + interval '6' hour "
          + "from " + series() + " join credential c on c.id = ? + mod(g.x, ?) join agency a on a.id = c.agency_id";
      String services = "insert into warrant_service (id, warrant_id, officer_user_id, credential_id, served_at, "
          + "interpreter_offered, interpreter_name, citizenship_claimed, custody_deadline, recorded_at) "
          + "select ? + g.x, w.id, d.user_id, c.id, w.scheduled_release_at + interval '1' minute * mod(g.x, 90), "
          + "mod(g.x, 4) = 0, case when mod(g.x, 4) = 0 then 'Language line' end, mod(g.x, 250) = 0, "
          + "w.scheduled_release_at + interval '1' minute * mod(g.x, 90) + interval '48' hour, "
          + "w.scheduled_release_at + interval '1' minute * (mod(g.x, 90) + 5) "
          + "from " + series() + " join warrant w on w.id = ? + g.x join credential c on c.id = ? + mod(g.x, ?) "
          + "join candidate d on d.id = c.candidate_id";
      String outcomes = "insert into custody_outcome (id, warrant_id, outcome, occurred_at, reason, recorded_by, recorded_at) "
          + "select ? + g.x, w.id, w.status, w.closed_at, "
          + "case when w.status = 'RELEASED' then 'Bond posted before transfer' end, w.lodged_by, w.closed_at "
          + "from " + series() + " join warrant w on w.id = ? + g.x";
      long[] spent = new long[4];
      for (long lo = 0; lo < serviceCount; lo += CHUNK) {
        long hi = Math.min(serviceCount, lo + CHUNK) - 1;
        long start = System.nanoTime();
        update(warrants, warrant, warrant, lo, hi, firstCredential, officerCount);
        spent[0] += System.nanoTime() - start;
        start = System.nanoTime();
        update(services, service, lo, hi, warrant, firstCredential, officerCount);
        spent[1] += System.nanoTime() - start;
        start = System.nanoTime();
        update(outcomes, outcome, lo, hi, warrant);
        spent[2] += System.nanoTime() - start;
        start = System.nanoTime();
        connection.commit();
        spent[3] += System.nanoTime() - start;
      }
      System.out.printf(Locale.ROOT, "    warrant %.1f s, warrant_service %.1f s, custody_outcome %.1f s, commits %.1f s%n",
          spent[0] / 1e9, spent[1] / 1e9, spent[2] / 1e9, spent[3] / 1e9);
    }

    /** Moves each identity column and number sequence past the rows written here. */
    private void restartNumbering() throws SQLException {
      try (Statement statement = connection.createStatement()) {
        for (String table : List.of("agency", "application", "moa", "agreement_notice", "candidate", "credential",
            "oversight_review", "complaint", "warrant", "warrant_service", "custody_outcome")) {
          statement.execute("alter table " + table + " alter column id restart with " + nextId(table));
        }
        if (nextApplicationNumber > 0) {
          statement.execute("alter sequence application_number_seq restart with " + nextApplicationNumber);
        }
        if (nextComplaintNumber > 0) {
          statement.execute("alter sequence complaint_number_seq restart with " + nextComplaintNumber);
        }
      }
    }

    // ---- helpers ----

    /** The field offices, each as {code, state, state, ...}, in code order. */
    private List<String[]> places() throws SQLException {
      List<String[]> places = new ArrayList<>();
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("select code, states from field_office order by code")) {
        while (rows.next()) {
          List<String> place = new ArrayList<>();
          place.add(rows.getString(1));
          for (String state : rows.getString(2).split(",")) {
            place.add(state.trim());
          }
          places.add(place.toArray(String[]::new));
        }
      }
      if (places.isEmpty()) {
        throw new IllegalStateException("No field office on record: start the application once on this database first.");
      }
      return places;
    }

    private Map<String, String> officeZones() throws SQLException {
      return pairs("select code, time_zone from field_office");
    }

    private Map<String, String> stateZones() throws SQLException {
      return pairs("select field_office_code || '/' || state, time_zone from field_office_state_zone");
    }

    private Map<String, String> pairs(String sql) throws SQLException {
      Map<String, String> pairs = new HashMap<>();
      try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
        while (rows.next()) {
          pairs.put(rows.getString(1), rows.getString(2));
        }
      }
      return pairs;
    }

    /** A generated series g(x), from the first parameter to the second, both included. */
    private String series() {
      return postgres ? "(select x from generate_series(cast(? as bigint), cast(? as bigint)) as s(x)) g"
          : "(select x from system_range(?, ?)) g";
    }

    /** The next id after the highest in the table (rows written here get explicit ids). */
    private long nextId(String table) throws SQLException {
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
        rows.next();
        return rows.getLong(1);
      }
    }

    /** The sequence's next value: the numbers written here start there. */
    private long nextValue(String sequence) throws SQLException {
      String sql = postgres ? "select nextval('" + sequence + "')" : "select next value for " + sequence;
      try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
        rows.next();
        return rows.getLong(1);
      }
    }

    private boolean exists(String sql, Object parameter) {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setObject(1, parameter);
        try (ResultSet rows = statement.executeQuery()) {
          return rows.next();
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    /** A day drawn evenly from {@code first} to {@code last}, both included. */
    private LocalDate day(LocalDate first, LocalDate last) {
      long days = ChronoUnit.DAYS.between(first, last);
      return days <= 0 ? first : first.plusDays(random.nextInt((int) days + 1));
    }

    private void update(String sql, Object... parameters) throws SQLException {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        bind(statement, parameters);
        statement.executeUpdate();
      }
    }

    private void batch(String sql, List<Object[]> rows) throws SQLException {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        int pending = 0;
        for (Object[] row : rows) {
          bind(statement, row);
          statement.addBatch();
          if (++pending == BATCH) {
            statement.executeBatch();
            pending = 0;
          }
        }
        if (pending > 0) {
          statement.executeBatch();
        }
      }
    }

    private static void bind(PreparedStatement statement, Object[] values) throws SQLException {
      for (int i = 0; i < values.length; i++) {
        Object value = values[i];
        if (value == null) {
          statement.setNull(i + 1, Types.NULL);
        } else if (value instanceof Instant instant) {
          statement.setObject(i + 1, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        } else {
          statement.setObject(i + 1, value);
        }
      }
    }
  }
}
