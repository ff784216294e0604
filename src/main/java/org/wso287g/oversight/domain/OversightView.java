package org.wso287g.oversight.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wso287g.access.AccessPolicy;
import org.wso287g.access.Action;
import org.wso287g.access.Actor;
import org.wso287g.access.Jurisdiction;
import org.wso287g.common.RuleViolation;
import org.wso287g.common.Text;
import org.wso287g.oversight.domain.FindingsAndComplaints.OpenComplaints;
import org.wso287g.oversight.domain.Oversight.AgencyOversight;
import org.wso287g.oversight.domain.Oversight.FieldOfficeOversight;
import org.wso287g.oversight.domain.Oversight.PendingNotice;
import org.wso287g.oversight.domain.Oversight.Totals;

/**
 * The oversight view ("Oversight, complete"): for headquarters every field office, for a Field Office
 * Director their own, per field office and agency:
 * <ul>
 *   <li>reviews due: open {@code userTask_initialReview} and {@code userTask_annualComplianceReview} tasks; of
 *       them overdue: past the task's due date;</li>
 *   <li>findings not corrected: reviews found not compliant ({@code compliant = false}) whose correction is
 *       not verified ({@code corrected_at} empty);</li>
 *   <li>complaints open (status other than RESOLVED) and, of them, recorded late ({@code recorded_late}) and
 *       past their resolution date ({@code resolution_due_at} before now): both are shown, a complaint can be
 *       both;</li>
 *   <li>officers with a SUSPENDED credential; credentials not returned (REVOKED, WITHDRAWN or DEPARTED
 *       with no {@code returned_on});</li>
 *   <li>whether an OPERATIONAL agency has no ACTIVE credential (no officer can serve);</li>
 *   <li>notices PENDING on its agreements, with the moment each takes effect.</li>
 * </ul>
 * Every agency of the scope's field offices is looked at; those with nothing to show are left out of
 * the agency rows (a field office always appears, with its totals). Findings and complaints come from
 * {@link FindingsAndComplaints}, the one place that reads those records.
 */
@Service
@Transactional(readOnly = true)
public class OversightView {

  static final String FIELD_OFFICES = "select code, name from field_office order by code";

  static final String AGENCIES = """
      select id, ori, name, state, field_office_code, status from agency where field_office_code in (:offices)
      """;

  static final String SUSPENDED_CREDENTIALS = """
      select c.agency_id as agency_id, count(*) as n from credential c join agency a on a.id = c.agency_id
      where c.status = 'SUSPENDED' and a.field_office_code in (:offices) group by c.agency_id
      """;

  static final String CREDENTIALS_NOT_RETURNED = """
      select c.agency_id as agency_id, count(*) as n from credential c join agency a on a.id = c.agency_id
      where c.status in ('REVOKED', 'WITHDRAWN', 'DEPARTED') and c.returned_on is null
        and a.field_office_code in (:offices)
      group by c.agency_id
      """;

  static final String OPERATIONAL_WITHOUT_ACTIVE_OFFICER = """
      select a.id as agency_id, 1 as n from agency a
      where a.status = 'OPERATIONAL' and a.field_office_code in (:offices)
        and not exists (select 1 from credential c where c.agency_id = a.id and c.status = 'ACTIVE')
      """;

  static final String PENDING_NOTICES = """
      select n.id, m.agency_id, n.notice_from, n.kind, n.exigent, n.effective_at
      from agreement_notice n join moa m on m.id = n.moa_id join agency a on a.id = m.agency_id
      where n.status = 'PENDING' and a.field_office_code in (:offices)
      order by n.effective_at, n.id
      """;

  static final String APPLICATION_AGENCIES = "select number, agency_id from application where number in (:numbers)";

  private final NamedParameterJdbcTemplate jdbc;
  private final AccessPolicy policy;
  private final ReviewTasks reviewTasks;
  private final FindingsAndComplaints findingsAndComplaints;
  private final Clock clock;

  public OversightView(NamedParameterJdbcTemplate jdbc, AccessPolicy policy, ReviewTasks reviewTasks,
      FindingsAndComplaints findingsAndComplaints, Clock clock) {
    this.jdbc = jdbc;
    this.policy = policy;
    this.reviewTasks = reviewTasks;
    this.findingsAndComplaints = findingsAndComplaints;
    this.clock = clock;
  }

  private record AgencyRecord(long id, String ori, String name, String state, String fieldOffice, String status) {}

  /**
   * The view for {@code actor}: every field office for headquarters (or only {@code fieldOffice} when given),
   * a director's own office(s) (only their own: another is refused).
   *
   * @throws org.wso287g.access.NotAllowed when the actor may see no field office's oversight, or not the one asked
   * @throws RuleViolation on {@code fieldOffice} when it is not an ERO field office's code
   */
  public Oversight of(Actor actor, String fieldOffice) {
    Map<String, String> names = new LinkedHashMap<>();
    jdbc.getJdbcTemplate().query(FIELD_OFFICES, rs -> {
      names.put(rs.getString("code"), rs.getString("name"));
    });
    boolean national = policy.allows(actor, Action.SEE_OVERSIGHT, Jurisdiction.national());
    List<String> own = national ? List.copyOf(names.keySet()) : names.keySet().stream()
        .filter(code -> policy.allows(actor, Action.SEE_OVERSIGHT, new Jurisdiction(code, null))).toList();
    if (own.isEmpty()) {
      policy.require(actor, Action.SEE_OVERSIGHT, Jurisdiction.national(), "the program");
    }
    List<String> offices = own;
    if (Text.present(fieldOffice)) {
      String code = fieldOffice.trim().toUpperCase(Locale.ROOT);
      if (!names.containsKey(code)) {
        throw new RuleViolation("fieldOffice", "'" + fieldOffice.trim() + "' is not an ERO field office code (e.g. NOL).");
      }
      policy.require(actor, Action.SEE_OVERSIGHT, new Jurisdiction(code, null), "field office " + code);
      offices = List.of(code);
      national = false;
    }
    return view(offices, names, national);
  }

  private Oversight view(List<String> offices, Map<String, String> names, boolean national) {
    Instant now = clock.instant();
    MapSqlParameterSource params = new MapSqlParameterSource("offices", offices);
    Map<Long, AgencyRecord> agencies = new HashMap<>();
    jdbc.query(AGENCIES, params, rs -> {
      agencies.put(rs.getLong("id"), new AgencyRecord(rs.getLong("id"), rs.getString("ori"), rs.getString("name"),
          rs.getString("state"), rs.getString("field_office_code"), rs.getString("status")));
    });

    Map<Long, Long> suspended = countsByAgency(SUSPENDED_CREDENTIALS, params);
    Map<Long, Long> notReturned = countsByAgency(CREDENTIALS_NOT_RETURNED, params);
    Map<Long, Long> withoutOfficer = countsByAgency(OPERATIONAL_WITHOUT_ACTIVE_OFFICER, params);
    Map<Long, List<PendingNotice>> notices = new HashMap<>();
    jdbc.query(PENDING_NOTICES, params, rs -> {
      notices.computeIfAbsent(rs.getLong("agency_id"), id -> new ArrayList<>()).add(new PendingNotice(rs.getLong("id"),
          rs.getString("notice_from"), rs.getString("kind"), rs.getBoolean("exigent"),
          rs.getObject("effective_at", OffsetDateTime.class).toInstant()));
    });
    Map<Long, long[]> reviews = reviews(agencies.keySet(), now);
    Map<Long, Long> findings = findingsAndComplaints.findingsNotCorrected(offices);
    Map<Long, OpenComplaints> complaints = findingsAndComplaints.openComplaints(offices, now);

    Map<String, List<AgencyOversight>> rowsByOffice = new HashMap<>();
    Map<String, List<Totals>> totalsByOffice = new HashMap<>();
    for (AgencyRecord agency : agencies.values()) {
      long id = agency.id();
      long[] review = reviews.getOrDefault(id, new long[2]);
      OpenComplaints complaint = complaints.getOrDefault(id, new OpenComplaints(0, 0, 0));
      List<PendingNotice> pending = notices.getOrDefault(id, List.of());
      Totals totals = new Totals(review[0], review[1],
          findings.getOrDefault(id, 0L), complaint.open(), complaint.recordedLate(), complaint.pastResolutionDue(),
          suspended.getOrDefault(id, 0L), notReturned.getOrDefault(id, 0L), withoutOfficer.getOrDefault(id, 0L),
          pending.size());
      if (totals.anything()) {
        totalsByOffice.computeIfAbsent(agency.fieldOffice(), code -> new ArrayList<>()).add(totals);
        rowsByOffice.computeIfAbsent(agency.fieldOffice(), code -> new ArrayList<>()).add(new AgencyOversight(id,
            agency.ori(), agency.name(), agency.state(), agency.status(), totals, pending));
      }
    }

    List<FieldOfficeOversight> fieldOffices = offices.stream().map(code -> new FieldOfficeOversight(code,
        names.get(code), Totals.of(totalsByOffice.getOrDefault(code, List.of())),
        rowsByOffice.getOrDefault(code, List.of()).stream()
            .sorted(Comparator.comparing(AgencyOversight::state).thenComparing(AgencyOversight::name)
                .thenComparing(AgencyOversight::id))
            .toList()))
        .toList();
    return new Oversight(now, national, Totals.of(fieldOffices.stream().map(FieldOfficeOversight::totals).toList()),
        fieldOffices);
  }

  /** Per agency id in scope: {open review tasks, of them overdue}. */
  private Map<Long, long[]> reviews(Set<Long> inScope, Instant now) {
    List<OpenReview> open = reviewTasks.open();
    Map<Long, long[]> counts = new HashMap<>();
    if (open.isEmpty()) {
      return counts;
    }
    Map<String, Long> agencyOf = new HashMap<>();
    List<String> numbers = open.stream().map(OpenReview::applicationNumber).distinct().toList();
    jdbc.query(APPLICATION_AGENCIES, new MapSqlParameterSource("numbers", numbers), rs -> {
      agencyOf.put(rs.getString("number"), rs.getLong("agency_id"));
    });
    for (OpenReview review : open) {
      Long agency = agencyOf.get(review.applicationNumber());
      if (agency != null && inScope.contains(agency)) {
        long[] c = counts.computeIfAbsent(agency, id -> new long[2]);
        c[0]++;
        if (review.overdueAt(now)) {
          c[1]++;
        }
      }
    }
    return counts;
  }

  private Map<Long, Long> countsByAgency(String sql, MapSqlParameterSource params) {
    Map<Long, Long> counts = new HashMap<>();
    jdbc.query(sql, params, rs -> {
      counts.put(rs.getLong("agency_id"), rs.getLong("n"));
    });
    return counts;
  }
}
