package org.wso287g.statistics;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.wso287g.WsoApplication;
import org.wso287g.statistics.domain.ProgramStatistics;
import org.wso287g.statistics.domain.WarrantsServedTally;

/**
 * Not a test: loads the sizing target of the domain notes (5,000 agreements, 50,000 officers,
 * 1,000,000 warrant services) into an embedded H2 database and prints how long each statistics call
 * takes. Run it with
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=org.wso287g.statistics.StatisticsBenchmark -Dexec.classpathScope=test}.
 * Timings on a shared machine are figures to read, never assertions.
 */
public final class StatisticsBenchmark {

  static final int AGREEMENTS = 5_000;
  static final int OFFICERS = 50_000;
  static final int SERVICES = 1_000_000;
  static final String[] STATES = {"AL", "AR", "AZ", "FL", "GA", "ID", "KS", "LA", "MS", "MT", "NC", "OK", "SC", "TN", "TX", "WI", "WY"};

  private StatisticsBenchmark() {}

  public static void main(String[] args) {
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(WsoApplication.class)
        .run("--spring.datasource.url=jdbc:h2:mem:benchmark;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE", "--server.port=0",
            "--camunda.bpm.job-execution.enabled=false", "--logging.level.root=WARN")) {
      JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
      long loadStart = System.nanoTime();
      load(jdbc);
      System.out.printf("loaded %,d agreements, %,d officers, %,d warrant services in %.1f s%n", AGREEMENTS, OFFICERS,
          SERVICES, (System.nanoTime() - loadStart) / 1e9);
      // The rows were written around WarrantService, which keeps the tally service by service.
      long recountStart = System.nanoTime();
      context.getBean(WarrantsServedTally.class).recount();
      System.out.printf("recounted the warrants-served tally in %.1f s%n", (System.nanoTime() - recountStart) / 1e9);
      ProgramStatistics statistics = context.getBean(ProgramStatistics.class);
      for (int round = 1; round <= 3; round++) {
        time("asOf 2020-09-30 (round " + round + ")", () -> statistics.asOf("WSO", LocalDate.of(2020, 9, 30)));
        time("fiscalYear 2020 (round " + round + ")", () -> statistics.fiscalYear("WSO", 2020));
        time("fiscalYear 2024 (round " + round + ")", () -> statistics.fiscalYear("WSO", 2024));
      }
    }
  }

  private static void time(String label, java.util.function.Supplier<Object> call) {
    long start = System.nanoTime();
    Object figures = call.get();
    System.out.printf("%-28s %8.1f ms  %s%n", label, (System.nanoTime() - start) / 1e6,
        figures.toString().replaceAll(", byState=.*", ")"));
  }

  private static void load(JdbcTemplate jdbc) {
    Random random = new Random(287);
    Instant now = Instant.parse("2025-07-19T00:00:00Z");
    List<Object[]> agencies = new ArrayList<>();
    for (int i = 0; i < AGREEMENTS; i++) {
      agencies.add(new Object[] {String.format("BX%07d", i), "Benchmark agency " + i, STATES[i % STATES.length],
          "County " + i, "Jail " + i, "NOL", "OPERATIONAL", Timestamp.from(now)});
    }
    jdbc.batchUpdate("insert into agency (ori, name, state, county, jail_facility_name, field_office_code, status, created_at) "
        + "values (?, ?, ?, ?, ?, ?, ?, ?)", agencies);
    Long firstAgency = jdbc.queryForObject("select min(id) from agency where ori like 'BX%'", Long.class);
    List<Object[]> moas = new ArrayList<>();
    for (int i = 0; i < AGREEMENTS; i++) {
      LocalDate effective = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(2_300));
      moas.add(new Object[] {firstAgency + i, i % 3 == 0 ? "JEM" : "WSO", "ACTIVE", java.sql.Date.valueOf(effective)});
    }
    jdbc.batchUpdate("insert into moa (agency_id, model, status, effective_on, source) values (?, ?, ?, ?, 'ICE_LIST')", moas);
    // One application per agency carries its candidates (the candidate table requires one).
    List<Object[]> applications = new ArrayList<>();
    for (int i = 0; i < AGREEMENTS; i++) {
      applications.add(new Object[] {String.format("BX-%07d", i), firstAgency + i, Timestamp.from(now)});
    }
    jdbc.batchUpdate("insert into application (number, agency_id, status, requested_officer_count, letter_date, "
        + "contact_name, contact_email, registered_by, registered_at) values (?, ?, 'APPROVED', 10, date '2019-01-01', "
        + "'Bench', 'bench@example.invalid', 'benchmark', ?)", applications);
    Long firstApplication = jdbc.queryForObject("select min(id) from application where number like 'BX-%'", Long.class);
    List<Object[]> candidates = new ArrayList<>();
    for (int i = 0; i < OFFICERS; i++) {
      int agency = i % AGREEMENTS;
      candidates.add(new Object[] {firstAgency + agency, firstApplication + agency, "Officer " + i, "B" + i,
          "officer" + i + "@example.invalid", Timestamp.from(now)});
    }
    jdbc.batchUpdate("insert into candidate (agency_id, application_id, full_name, badge_number, email, us_citizen, status, "
        + "nominated_by, nominated_at) values (?, ?, ?, ?, ?, true, 'CREDENTIALED', 'benchmark', ?)", candidates);
    Long firstCandidate = jdbc.queryForObject("select min(id) from candidate where nominated_by = 'benchmark'", Long.class);
    List<Object[]> credentials = new ArrayList<>();
    for (int i = 0; i < OFFICERS; i++) {
      Instant issued = Instant.parse("2019-06-01T00:00:00Z").plusSeconds(random.nextInt(180_000_000));
      credentials.add(new Object[] {"BXC-" + i, firstCandidate + i, firstAgency + (i % AGREEMENTS), Timestamp.from(issued),
          java.sql.Date.valueOf(LocalDate.of(2019, 6, 1))});
    }
    jdbc.batchUpdate("insert into credential (number, candidate_id, agency_id, status, issued_at, form_70006_executed_on) "
        + "values (?, ?, ?, 'ACTIVE', ?, ?)", credentials);
    Long firstCredential = jdbc.queryForObject("select min(id) from credential where number like 'BXC-%'", Long.class);
    List<Object[]> warrants = new ArrayList<>(10_000);
    List<Object[]> services = new ArrayList<>(10_000);
    for (int i = 0; i < SERVICES; i++) {
      Instant served = Instant.parse("2019-10-01T00:00:00Z").plusSeconds(random.nextInt(180_000_000));
      warrants.add(new Object[] {"BXW-" + i, firstAgency + (i % AGREEMENTS), Timestamp.from(served), Timestamp.from(served)});
      if (warrants.size() == 10_000 || i == SERVICES - 1) {
        jdbc.batchUpdate("insert into warrant (number, agency_id, facility_name, subject_name, subject_booking_number, type, "
            + "issued_on, issuing_officer, scheduled_release_at, status, lodged_by, lodged_at) values (?, ?, 'Jail', 'Subject', "
            + "'BK', 'I-200', date '2019-09-01', 'Officer', ?, 'TRANSFERRED', 'benchmark', ?)", warrants);
        warrants.clear();
      }
    }
    Long firstWarrant = jdbc.queryForObject("select min(id) from warrant where number like 'BXW-%'", Long.class);
    for (int i = 0; i < SERVICES; i++) {
      Instant served = Instant.parse("2019-10-01T00:00:00Z").plusSeconds(random.nextInt(180_000_000));
      services.add(new Object[] {firstWarrant + i, "officer" + (i % OFFICERS), firstCredential + (i % OFFICERS),
          Timestamp.from(served), Timestamp.from(served.plusSeconds(172_800)), Timestamp.from(served)});
      if (services.size() == 10_000 || i == SERVICES - 1) {
        jdbc.batchUpdate("insert into warrant_service (warrant_id, officer_user_id, credential_id, served_at, interpreter_offered, "
            + "citizenship_claimed, custody_deadline, recorded_at) values (?, ?, ?, ?, false, false, ?, ?)", services);
        services.clear();
      }
    }
  }
}
