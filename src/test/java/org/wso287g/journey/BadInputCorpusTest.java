package org.wso287g.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wso287g.journey.BadValues.NODES;
import static org.wso287g.journey.BadValues.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.wso287g.journey.BadValues.Bad;
import org.wso287g.journey.BadValues.BadBody;
import org.wso287g.journey.BadValues.Kind;
import org.wso287g.journey.CorpusProbe.Answer;
import org.wso287g.journey.CorpusProbe.Request;
import org.wso287g.journey.CorpusWorld.Agency;
import org.wso287g.journey.CorpusWorld.Officer;

/**
 * Issue 12, point 5: bad input, sent to every operation of /api and to the submit of every form through
 * /engine-rest (each process's start form, each user task's form, reached by driving a process to it as
 * the demo users), gets a 4xx with its reason, never a 5xx, and leaves nothing half written: after each
 * refusal the program's tables and the engine's runtime are as before. For each field: missing, null,
 * wrong types, empty, blank, 10,000 characters, control characters, unicode, SQL-looking text, impossible
 * dates, numbers out of range, unknown codes, and on /engine-rest Camunda's typed variables sent wrong;
 * for each call: bodies that are not its JSON, wrong content types, unknown variables, ids that name
 * nothing. Each form's good submission is accepted at the end, so every refusal was the bad value's.
 * The figures (requests per endpoint, by status class) are printed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:bad-input-corpus;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    "camunda.bpm.job-execution.enabled=false"})
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputCorpusTest {

  @LocalServerPort int port;
  @Autowired DemoUsers users;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;

  private CorpusWorld world;
  private CorpusProbe api;
  private CorpusProbe forms;
  private final List<String> baselines = new ArrayList<>();

  /** The demo agency, operational with demo.wso: warrants are lodged with it. */
  private Agency demo;
  /** Agencies of the corpus, each for what consumes its records. */
  private Agency complaints;
  private Agency credentials;
  private Agency vetting;
  private Agency annual;
  private Agency findings;

  @BeforeAll
  void aWorldToSendTheCorpusInto() {
    RecordsSnapshot records = new RecordsSnapshot(jdbc);
    world = new CorpusWorld(users, runtime, tasks, management, identity, jdbc);
    api = new CorpusProbe(port, records);
    forms = new CorpusProbe(port, records);
    String number = users.makeDemoAgencyOperational("Demo WSO", "demo.wso@demo-parish.invalid");
    demo = new Agency(DemoUsers.DEMO_ORI, DemoUsers.DEMO_AGENCY, DemoUsers.DEMO_JAIL, number,
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).processDefinitionKey("wsoParticipation")
            .singleResult().getId(), "demo.sheriff");
    complaints = world.operational();
    credentials = world.operational();
    vetting = world.operational();
    annual = world.reviewedOnce();
    findings = world.reviewedOnce();
  }

  @AfterAll
  void figures() {
    System.out.println(api.figures("Bad-input corpus, /api"));
    System.out.println(forms.figures("Bad-input corpus, forms through /engine-rest"));
  }

  // ================================================================================== /api

  @Test
  @Order(1)
  void everyApiOperationRefusesBadInputWithItsReasonAndWritesNothing() {
    for (ApiOperation operation : apiOperations()) {
      operation.run();
    }
    assertThat(api.faults()).as(api.figures("/api") + String.join("\n", api.faults())).isEmpty();
    assertThat(baselines).as("a good request of each operation was accepted").isEmpty();
  }

  // ================================================================================== forms

  @Test
  @Order(2)
  void everyFormSubmitRefusesBadInputWithItsReasonAndWritesNothing() {
    boolean firstStart = true;
    boolean firstTask = true;
    for (Form form : forms()) {
      // What engine-rest's submit-form makes of a body and of an id is the same for every form of a kind:
      // all of it goes to the first start form and the first task form, the core of it to the others.
      form.run(form.startKey != null ? firstStart : firstTask);
      firstStart &= form.startKey == null;
      firstTask &= form.startKey != null;
    }
    assertThat(forms.faults()).as(forms.figures("forms") + String.join("\n", forms.faults())).isEmpty();
    assertThat(baselines).as("the good submission of each form was accepted").isEmpty();
  }

  // ================================================================================== the corpus, per field

  /** A field of a request or form, with what kind of value it holds and a good value. */
  record Field(String name, Kind kind, List<String> codes, Function<Context, JsonNode> good) {

    static Field of(String name, Kind kind, Function<Context, JsonNode> good) {
      return new Field(name, kind, List.of(), good);
    }

    static Field code(String name, List<String> codes) {
      return new Field(name, Kind.CODE, codes, c -> text(codes.get(0)));
    }

    static Field constant(String name, Kind kind, Object value) {
      return of(name, kind, c -> BadValues.JSON.valueToTree(value));
    }

    /** A field a good request leaves out. */
    static Field optional(String name, Kind kind) {
      return new Field(name, kind, List.of(), c -> null);
    }
  }

  /** Where a request goes and as whom: a task id, the user, and facts its good values need. */
  record Context(String taskId, String user, Map<String, String> facts) {
    String fact(String name) {
      String value = facts.get(name);
      if (value == null) {
        throw new IllegalStateException("No fact " + name + " in " + facts);
      }
      return value;
    }
  }

  static Context as(String user, Object... facts) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < facts.length; i += 2) {
      map.put((String) facts[i], String.valueOf(facts[i + 1]));
    }
    return new Context(null, user, map);
  }

  static Context task(Task task, String user) {
    return new Context(task.getId(), user, Map.of());
  }

  /** What to send a request to, made anew once an accepted request used it up. */
  abstract class Target {
    final String endpoint;
    final Supplier<Context> fresh;
    final boolean usedUpWhenAccepted;
    private Context current;

    Target(String endpoint, Supplier<Context> fresh, boolean usedUpWhenAccepted) {
      this.endpoint = endpoint;
      this.fresh = fresh;
      this.usedUpWhenAccepted = usedUpWhenAccepted;
    }

    Context context(CorpusProbe probe) {
      if (current == null) {
        long started = System.nanoTime();
        current = fresh.get();
        probe.stale();
        probe.drove(System.nanoTime() - started);
      }
      return current;
    }

    void answered(Answer answer) {
      if (answer.accepted() && usedUpWhenAccepted) {
        current = null;
      }
    }
  }

  // ================================================================================== /api operations

  class ApiOperation extends Target {
    final String method;
    final Function<Context, String> path;
    final List<Field> body;
    final List<String> params;
    final boolean pathId;
    final int recordedRefusal;
    Function<Context, String> query = c -> "";

    ApiOperation(String method, String endpoint, Function<Context, String> path, List<Field> body, List<String> params,
        boolean pathId, Supplier<Context> fresh, boolean usedUpWhenAccepted, int recordedRefusal) {
      super(method + " " + endpoint, fresh, usedUpWhenAccepted);
      this.method = method;
      this.path = path;
      this.body = body;
      this.params = params;
      this.pathId = pathId;
      this.recordedRefusal = recordedRefusal;
    }

    ObjectNode goodBody(Context context) {
      ObjectNode node = NODES.objectNode();
      for (Field field : body) {
        JsonNode value = field.good().apply(context);
        if (value != null) {
          node.set(field.name(), value);
        }
      }
      return node;
    }

    Answer send(String entry, String field, Context context, String path, String contentType, String payload) {
      Answer answer = api.send(new Request(endpoint, entry, field, context.user(), method, path, contentType,
          payload == null ? null : payload.getBytes(StandardCharsets.UTF_8)), recordedRefusal);
      answered(answer);
      return answer;
    }

    String payload(Context context) {
      return method.equals("GET") ? null : BadValues.write(goodBody(context));
    }

    void run() {
      for (Field field : body) {
        for (Bad bad : BadValues.forKind(field.kind(), field.codes())) {
          Context context = context(api);
          ObjectNode node = goodBody(context);
          if (bad.missing()) {
            node.remove(field.name());
          } else {
            node.set(field.name(), bad.value());
          }
          send(bad.name(), field.name(), context, path.apply(context), "application/json", BadValues.write(node));
        }
        Context context = context(api);
        ObjectNode unknown = goodBody(context);
        unknown.put(field.name() + "Extra", "x");
        send("unknown field", field.name() + "Extra", context, path.apply(context), "application/json",
            BadValues.write(unknown));
      }
      for (String param : params) {
        for (Bad bad : BadValues.queryValues()) {
          Context context = context(api);
          send(bad.name(), param, context, path.apply(context) + "?" + param + "=" + encode(bad.value().asText()),
              null, null);
        }
      }
      if (!method.equals("GET")) {
        for (BadBody bad : BadValues.bodies()) {
          Context context = context(api);
          send(bad.name(), null, context, path.apply(context), bad.contentType(), bad.body());
        }
      }
      if (pathId) {
        for (String id : BadValues.pathIds()) {
          Context context = context(api);
          String good = path.apply(context);
          String bad = good.replace(context.fact("id"), id);
          send("path id " + (id.length() > 20 ? id.substring(0, 20) + "…" : id), "{id}", context, bad,
              method.equals("GET") ? null : "application/json", payload(context));
        }
      }
      for (String user : List.of("nobody.at.all", "")) {
        Context context = context(api);
        Request anonymous = new Request(endpoint, user.isEmpty() ? "no credentials" : "unknown user", null,
            user.isEmpty() ? null : user, method, path.apply(context) + query.apply(context),
            method.equals("GET") ? null : "application/json",
            method.equals("GET") ? null : payload(context).getBytes(StandardCharsets.UTF_8));
        answered(api.send(anonymous, recordedRefusal));
      }
      Context context = context(api);
      Answer good = send("good request", null, context, path.apply(context) + query.apply(context),
          method.equals("GET") ? null : "application/json", payload(context));
      if (!good.accepted()) {
        baselines.add(endpoint + " answered a good request with " + good.status() + " " + good.body());
      }
    }
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private List<ApiOperation> apiOperations() {
    List<ApiOperation> operations = new ArrayList<>();
    String application = demo.number();

    operations.add(new ApiOperation("POST", "/api/applications", c -> "/api/applications", List.of(
        Field.of("agencyName", Kind.TEXT, c -> text("Corpus Sheriff " + world.next())),
        Field.of("agencyOri", Kind.TEXT, c -> text(world.newOri())),
        Field.code("agencyState", List.of("LA", "MS")),
        Field.constant("agencyCounty", Kind.TEXT, "Corpus Parish"),
        Field.constant("jailFacilityName", Kind.TEXT, "Corpus Jail"),
        Field.code("fieldOfficeCode", List.of("NOL")),
        Field.constant("requestedOfficerCount", Kind.NUMBER, 4),
        Field.of("letterDate", Kind.DATE, c -> text(CorpusWorld.today())),
        Field.constant("contactName", Kind.TEXT, "Chief Deputy"),
        Field.constant("contactEmail", Kind.TEXT, "chief@corpus.invalid"),
        Field.optional("existingAgreementId", Kind.NUMBER)), List.of(), false,
        () -> as("nol.director"), false, -1));

    operations.add(new ApiOperation("GET", "/api/applications/{number}", c -> "/api/applications/" + c.fact("id"),
        List.of(), List.of(), true, () -> as("hq.analyst", "id", application), false, -1));

    ApiOperation agencies = new ApiOperation("GET", "/api/agencies", c -> "/api/agencies", List.of(),
        List.of("state", "fieldOffice", "model", "status", "page", "size"), false, () -> as("hq.analyst"), false, -1);
    agencies.query = c -> "?state=LA&model=WSO&page=0&size=5";
    operations.add(agencies);

    long agencyId = jdbc.queryForObject("select id from agency where ori = ?", Long.class, DemoUsers.DEMO_ORI);
    operations.add(new ApiOperation("GET", "/api/agencies/{id}", c -> "/api/agencies/" + c.fact("id"), List.of(),
        List.of(), true, () -> as("hq.analyst", "id", agencyId), false, -1));

    operations.add(new ApiOperation("POST", "/api/warrants", c -> "/api/warrants", warrantFields(demo), List.of(), false,
        () -> as("nol.ero"), false, 422));

    String waiting = world.lodged(demo.ori(), demo.jail());
    operations.add(new ApiOperation("GET", "/api/warrants/{number}", c -> "/api/warrants/" + c.fact("id"), List.of(),
        List.of(), true, () -> as("nol.ero", "id", waiting), false, -1));

    operations.add(new ApiOperation("POST", "/api/warrants/{number}/reschedule",
        c -> "/api/warrants/" + c.fact("id") + "/reschedule",
        List.of(Field.of("scheduledReleaseAt", Kind.DATE_TIME,
            c -> text(Instant.now().plus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString()))),
        List.of(), true, () -> as("nol.ero", "id", waiting), false, -1));

    operations.add(new ApiOperation("POST", "/api/warrants/{number}/cancel",
        c -> "/api/warrants/" + c.fact("id") + "/cancel",
        List.of(Field.constant("cancellationReason", Kind.TEXT, "Warrant rescinded")),
        List.of(), true, () -> as("nol.ero", "id", world.lodged(demo.ori(), demo.jail())), true, -1));

    operations.add(new ApiOperation("POST", "/api/agreements/{number}/notices",
        c -> "/api/agreements/" + c.fact("id") + "/notices", noticeFields(), List.of(), true,
        () -> as("hq.analyst", "id", world.moaActive().number()), true, -1));

    operations.add(new ApiOperation("POST", "/api/agreements/{number}/notice-withdrawal",
        c -> "/api/agreements/" + c.fact("id") + "/notice-withdrawal",
        List.of(Field.constant("reason", Kind.TEXT, "The dispute was settled.")), List.of(), true,
        () -> as("hq.analyst", "id", noticeGiven(false)), true, -1));

    operations.add(new ApiOperation("POST", "/api/agreements/{number}/suspension-lift",
        c -> "/api/agreements/" + c.fact("id") + "/suspension-lift",
        List.of(Field.constant("reason", Kind.TEXT, "The jail reopened.")), List.of(), true,
        () -> as("hq.analyst", "id", noticeGiven(true)), true, -1));

    operations.add(new ApiOperation("POST", "/api/complaints", c -> "/api/complaints", List.of(
        Field.constant("agencyOri", Kind.TEXT, complaints.ori()),
        Field.of("complaintReceivedAt", Kind.DATE_TIME,
            c -> text(Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString())),
        Field.code("complaintSource", List.of("DETAINEE", "PUBLIC")),
        Field.optional("credentialNumber", Kind.TEXT),
        Field.code("allegation", List.of("MISCONDUCT", "OTHER")),
        Field.constant("allegationSummary", Kind.TEXT, "Rude language during booking.")), List.of(), false,
        () -> as("nol.ero"), false, -1));

    String complaint = users.as("nol.ero", () -> runtime.startProcessInstanceByKey("wsoComplaint",
        CorpusWorld.complaint(complaints.ori())).getBusinessKey());
    operations.add(new ApiOperation("GET", "/api/complaints/{number}", c -> "/api/complaints/" + c.fact("id"),
        List.of(), List.of(), true, () -> as("hq.analyst", "id", complaint), false, -1));

    operations.add(new ApiOperation("GET", "/api/oversight", c -> "/api/oversight", List.of(), List.of("fieldOffice"),
        false, () -> as("hq.analyst"), false, -1));

    operations.add(new ApiOperation("POST", "/api/account-links", c -> "/api/account-links", List.of(
        Field.of("email", Kind.TEXT, c -> text("linked." + c.fact("n") + "@corpus.invalid")),
        Field.constant("agencyOri", Kind.TEXT, credentials.ori()),
        Field.of("badgeNumber", Kind.TEXT, c -> text("L-" + c.fact("n"))),
        Field.of("userId", Kind.TEXT, c -> text(c.fact("user")))), List.of(), false,
        () -> {
          int n = world.next();
          users.createUser("linked.user." + n, "corpus-linked");
          return as("admin", "n", n, "user", "linked.user." + n);
        }, true, -1));

    ApiOperation outbox = new ApiOperation("GET", "/api/outbox", c -> "/api/outbox", List.of(),
        List.of("status", "page", "size"), false, () -> as("admin"), false, -1);
    operations.add(outbox);

    ApiOperation statistics = new ApiOperation("GET", "/api/statistics", c -> "/api/statistics", List.of(),
        List.of("model", "asOf", "fiscalYear"), false, () -> as("nol.director"), false, -1);
    statistics.query = c -> "?model=WSO&fiscalYear=2026";
    operations.add(statistics);

    operations.add(new AgreementImport());
    return operations;
  }

  private List<Field> warrantFields(Agency agency) {
    return List.of(
        Field.constant("agencyOri", Kind.TEXT, agency.ori()),
        Field.constant("facilityName", Kind.TEXT, agency.jail()),
        Field.constant("subjectName", Kind.TEXT, "John Roe"),
        Field.constant("subjectBookingNumber", Kind.TEXT, "B-2026-1001"),
        Field.code("warrantType", List.of("I-200", "I-205")),
        Field.of("warrantNumber", Kind.TEXT, c -> text("CORPUS-W-" + world.next())),
        Field.of("warrantIssuedOn", Kind.DATE, c -> text(CorpusWorld.today())),
        Field.constant("issuingOfficer", Kind.TEXT, "SDDO Example"),
        Field.of("scheduledReleaseAt", Kind.DATE_TIME,
            c -> text(Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString())));
  }

  private static List<Field> noticeFields() {
    return List.of(
        Field.code("noticeFrom", List.of("ICE", "LEA")),
        Field.code("noticeKind", List.of("TERMINATION", "SUSPENSION")),
        Field.constant("noticeReason", Kind.TEXT, "The agency no longer holds ICE detainees."),
        Field.constant("exigent", Kind.BOOLEAN, false),
        Field.of("noticeReceivedOn", Kind.DATE, c -> text(CorpusWorld.today())),
        Field.code("noticeDelivery", List.of("CERTIFIED_MAIL", "PERSONAL")));
  }

  /** An agreement in force with ICE's notice pending (or, exigent, a suspension in effect): its number. */
  private String noticeGiven(boolean suspension) {
    Agency agency = world.moaActive();
    ObjectNode notice = NODES.objectNode().put("noticeFrom", "ICE").put("noticeKind", suspension ? "SUSPENSION" : "TERMINATION")
        .put("noticeReason", "Corpus notice").put("exigent", suspension).put("noticeDelivery", "PERSONAL");
    Answer given = api.exchange(Request.json("setup", "notice", null, "hq.analyst", "POST",
        "/api/agreements/" + agency.number() + "/notices", BadValues.write(notice)));
    if (given.status() != 201) {
      throw new IllegalStateException("Notice not given: " + given.status() + " " + given.body());
    }
    return agency.number();
  }

  /** ICE's lists through POST /api/agreement-imports: files that are not one, and rows of bad values. */
  final class AgreementImport extends ApiOperation {

    AgreementImport() {
      super("POST", "/api/agreement-imports", c -> "/api/agreement-imports", List.of(), List.of(), false,
          () -> as("hq.analyst"), false, -1);
    }

    @Override
    void run() {
      Context context = context(api);
      Map<String, byte[]> files = new LinkedHashMap<>();
      files.put("not a spreadsheet", "not a spreadsheet".getBytes(StandardCharsets.UTF_8));
      files.put("empty file", new byte[0]);
      files.put("zip that is not a workbook", new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0});
      files.put("workbook without header", workbook(List.of(List.of("a", "b"))));
      files.put("workbook with no rows", workbook(List.of()));
      for (var file : files.entrySet()) {
        multipart(file.getKey(), context, "file", "list.xlsx", file.getValue());
      }
      multipart("wrong part name", context, "upload", "list.xlsx", workbook(List.of()));
      List<List<String>> rows = new ArrayList<>();
      rows.add(List.of("STATE", "LAW ENFORCEMENT AGENCY", "TYPE", "COUNTY", "SUPPORT TYPE", "SIGNED", "MOA", "ADDENDUM"));
      for (String bad : List.of("", " ", BadValues.LONG, BadValues.CONTROL, BadValues.UNICODE, BadValues.SQL,
          "2026-02-30", "99999-01-01", "-1", "NaN")) {
        rows.add(List.of("Louisiana", bad, "Sheriff", bad, "Warrant Service Officer", bad, "", ""));
        rows.add(List.of(bad, "Corpus Import Sheriff", "Sheriff", "Corpus", bad, "2020-01-01", "", ""));
      }
      multipart("rows of bad values", context, "file", "list.xlsx", workbook(rows));
      for (BadBody bad : BadValues.bodies()) {
        send(bad.name(), null, context, "/api/agreement-imports", bad.contentType(), bad.body());
      }
    }

    private void multipart(String entry, Context context, String part, String fileName, byte[] content) {
      String boundary = "corpus" + world.next();
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + fileName
          + "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
          .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(content);
      body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      answered(api.send(new Request(endpoint, entry, "file", context.user(), "POST", "/api/agreement-imports",
          "multipart/form-data; boundary=" + boundary, body.toByteArray()), -1));
    }

    private static byte[] workbook(List<List<String>> rows) {
      try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
        var sheet = book.createSheet("Sheet1");
        for (int r = 0; r < rows.size(); r++) {
          var row = sheet.createRow(r);
          for (int c = 0; c < rows.get(r).size(); c++) {
            String value = rows.get(r).get(c);
            row.createCell(c).setCellValue(value.length() > 32_000 ? value.substring(0, 32_000) : value);
          }
        }
        book.write(out);
        return out.toByteArray();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  // ================================================================================== forms through /engine-rest

  final class Form extends Target {
    final String startKey;
    final List<Field> fields;

    private Form(String endpoint, String startKey, List<Field> fields, Supplier<Context> fresh, boolean usedUp) {
      super(endpoint, fresh, usedUp);
      this.startKey = startKey;
      this.fields = fields;
    }

    String path(Context context) {
      return startKey != null ? "/engine-rest/process-definition/key/" + startKey + "/submit-form"
          : "/engine-rest/task/" + context.taskId() + "/submit-form";
    }

    ObjectNode goodVariables(Context context) {
      ObjectNode variables = NODES.objectNode();
      for (Field field : fields) {
        JsonNode value = field.good().apply(context);
        if (value != null) {
          variables.set(field.name(), field.kind() == Kind.CANDIDATES ? BadValues.typed("Json", value)
              : NODES.objectNode().set("value", value));
        }
      }
      return variables;
    }

    Answer send(String entry, String field, Context context, String path, String contentType, String body) {
      Answer answer = forms.send(new Request(endpoint, entry, field, context.user(), "POST", path, contentType,
          body == null ? null : body.getBytes(StandardCharsets.UTF_8)));
      answered(answer);
      return answer;
    }

    String submission(ObjectNode variables) {
      return BadValues.write(NODES.objectNode().set("variables", variables));
    }

    void run(boolean everyBodyAndId) {
      for (Field field : fields) {
        List<Bad> corpus = new ArrayList<>(BadValues.forKind(field.kind(), field.codes()));
        corpus.addAll(field == fields.get(0) ? BadValues.engineTyped() : BadValues.engineTypedCore());
        for (Bad bad : corpus) {
          Context context = context(forms);
          ObjectNode variables = goodVariables(context);
          if (bad.missing()) {
            variables.remove(field.name());
          } else if (bad.value().isObject() && bad.value().has("type")) {
            variables.set(field.name(), bad.value());
          } else {
            variables.set(field.name(), NODES.objectNode().set("value", bad.value()));
          }
          send(bad.name(), field.name(), context, path(context), "application/json", submission(variables));
        }
      }
      for (BadBody bad : everyBodyAndId ? BadValues.bodies() : BadValues.coreBodies()) {
        Context context = context(forms);
        send(bad.name(), null, context, path(context), bad.contentType(), bad.body());
      }
      Map<String, JsonNode> extra = new LinkedHashMap<>();
      extra.put("unknown variable", NODES.objectNode().set("noSuchVariable", NODES.objectNode().put("value", "x")));
      extra.put("variable name of 300 characters", NODES.objectNode().set("v".repeat(300), NODES.objectNode().put("value", "x")));
      extra.put("SQL-looking variable name", NODES.objectNode().set(BadValues.SQL, NODES.objectNode().put("value", "x")));
      extra.put("variable not an object", NODES.objectNode().put("x", 1));
      for (var entry : extra.entrySet()) {
        Context context = context(forms);
        ObjectNode variables = goodVariables(context);
        variables.setAll((ObjectNode) entry.getValue());
        send(entry.getKey(), null, context, path(context), "application/json", submission(variables));
      }
      for (String shape : List.of("{\"variables\":[]}", "{\"variables\":null}", "{\"variables\":\"x\"}", "{}")) {
        Context context = context(forms);
        send("body " + shape, null, context, path(context), "application/json", shape);
      }
      if (startKey != null) {
        for (JsonNode key : List.of(text(BadValues.LONG), text(BadValues.SQL), NODES.objectNode(), NODES.numberNode(1))) {
          Context context = context(forms);
          ObjectNode body = NODES.objectNode();
          body.set("variables", goodVariables(context));
          body.set("businessKey", key);
          send("businessKey " + (key.isTextual() && key.asText().length() > 20 ? "10k chars" : BadValues.write(key)),
              "businessKey", context, path(context), "application/json", BadValues.write(body));
        }
      }
      for (String id : everyBodyAndId ? BadValues.pathIds() : BadValues.pathIds().subList(0, 2)) {
        Context context = context(forms);
        String path = startKey != null ? "/engine-rest/process-definition/key/" + id + "/submit-form"
            : "/engine-rest/task/" + id + "/submit-form";
        send("path id " + (id.length() > 20 ? id.substring(0, 20) + "…" : id), "{id}", context, path,
            "application/json", submission(goodVariables(context)));
      }
      if (!fields.isEmpty()) {
        Context context = context(forms);
        Answer good = send("good submission", null, context, path(context), "application/json",
            submission(goodVariables(context)));
        if (!good.accepted()) {
          baselines.add(endpoint + " answered its good submission with " + good.status() + " " + good.body());
        }
      }
    }
  }

  Form start(String key, String form, List<Field> fields, Supplier<Context> fresh, boolean usedUp) {
    return new Form("submit-form start " + key + " (" + form + ")", key, fields, fresh, usedUp);
  }

  Form task(String key, String form, List<Field> fields, Supplier<Context> fresh) {
    return new Form("submit-form task " + key + " (" + form + ")", null, fields, fresh, true);
  }

  private static Function<Context, JsonNode> today() {
    return c -> text(CorpusWorld.today());
  }

  private static Function<Context, JsonNode> aMinuteAgo() {
    return c -> text(Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS).toString());
  }

  private List<Form> forms() {
    List<Form> all = new ArrayList<>();
    // ------------------------------------------------------------------ start forms
    all.add(start("wsoParticipation", "letter-of-interest", List.of(
        Field.of("agencyName", Kind.TEXT, c -> text("Corpus Sheriff " + world.next())),
        Field.of("agencyOri", Kind.TEXT, c -> text(world.newOri())),
        Field.code("agencyState", List.of("LA", "MS")),
        Field.constant("agencyCounty", Kind.TEXT, "Corpus Parish"),
        Field.constant("jailFacilityName", Kind.TEXT, "Corpus Jail"),
        Field.code("fieldOfficeCode", List.of("NOL")),
        Field.constant("requestedOfficerCount", Kind.NUMBER, 4),
        Field.of("letterDate", Kind.DATE, today()),
        Field.constant("contactName", Kind.TEXT, "Chief Deputy"),
        Field.constant("contactEmail", Kind.TEXT, "chief@corpus.invalid"),
        Field.optional("existingAgreementId", Kind.NUMBER)), () -> as("nol.director"), false));
    List<Field> warrant = new ArrayList<>(warrantFields(demo));
    all.add(start("warrantService", "lodge-warrant", warrant, () -> as("nol.ero"), false));
    all.add(start("wsoComplaint", "record-complaint", List.of(
        Field.constant("agencyOri", Kind.TEXT, complaints.ori()),
        Field.of("complaintReceivedAt", Kind.DATE_TIME, aMinuteAgo()),
        Field.code("complaintSource", List.of("DETAINEE", "PUBLIC")),
        Field.optional("credentialNumber", Kind.TEXT),
        Field.code("allegation", List.of("MISCONDUCT", "OTHER")),
        Field.constant("allegationSummary", Kind.TEXT, "Rude language during booking.")), () -> as("nol.ero"), false));
    List<Field> notice = new ArrayList<>(List.of(Field.of("applicationNumber", Kind.TEXT, c -> text(c.fact("number")))));
    notice.addAll(noticeFields());
    all.add(start("agreementNotice", "give-notice", notice,
        () -> as("hq.analyst", "number", world.moaActive().number()), true));
    all.add(start("officerAuthorityWithdrawal", "withdraw-officer-authority", List.of(
        Field.of("credentialNumber", Kind.TEXT, c -> text(c.fact("credential"))),
        Field.constant("withdrawalReason", Kind.TEXT, "Complaint under investigation")),
        () -> as("nol.director", "credential", world.newOfficer(credentials).credential()), true));
    all.add(start("wsoOfficerDeparture", "officer-departure", List.of(
        Field.of("credentialNumber", Kind.TEXT, c -> text(c.fact("credential"))),
        Field.of("departureDate", Kind.DATE, today()),
        Field.constant("departureReason", Kind.TEXT, "Retirement")),
        () -> as(credentials.command(), "credential", world.newOfficer(credentials).credential()), true));
    all.add(start("wsoAdditionalCandidates", "nominate-additional-candidates", List.of(
        Field.constant("agencyOri", Kind.TEXT, vetting.ori()),
        Field.constant("candidateCount", Kind.NUMBER, 1),
        Field.of("candidates", Kind.CANDIDATES, c -> text(CorpusWorld.candidates("A-" + world.next())))),
        () -> as(vetting.command()), false));
    all.add(start("credentialReturn", "no start form", List.of(), () -> as("nol.director"), false));
    all.add(start("wsoCandidateVetting", "no start form", List.of(), () -> as("nol.director"), false));

    // ------------------------------------------------------------------ participation
    all.add(task("userTask_reviewRequest", "review-request", List.of(
        Field.code("reviewDecision", List.of("APPROVED", "DECLINED", "MORE_INFO")),
        Field.constant("reviewComment", Kind.TEXT, "Approved")),
        () -> task(world.open(world.applied().instanceId(), "userTask_reviewRequest"), "nol.director")));
    all.add(task("userTask_provideMoreInformation", "provide-more-information", List.of(
        Field.constant("moreInformationResponse", Kind.TEXT, "The parish jail.")),
        () -> {
          Agency agency = world.askedForMoreInformation();
          return task(world.open(agency.instanceId(), "userTask_provideMoreInformation"), agency.command());
        }));
    all.add(task("userTask_prepareMoa", "prepare-moa", List.of(
        Field.constant("moaTemplateRevision", Kind.TEXT, "Revised 02/15/2025"),
        Field.constant("fodContactName", Kind.TEXT, "Deputy Field Office Director"),
        Field.constant("fodContactEmail", Kind.TEXT, "dfod@ice.invalid")),
        () -> task(world.open(world.approved().instanceId(), "userTask_prepareMoa"), "hq.analyst")));
    all.add(task("userTask_signMoaLea", "sign-moa-lea", List.of(
        Field.constant("leaSignatoryName", Kind.TEXT, "Corpus Sheriff"),
        Field.constant("leaSignatoryTitle", Kind.TEXT, "Sheriff"),
        Field.of("leaSignedOn", Kind.DATE, today())),
        () -> {
          Agency agency = world.prepared();
          return task(world.open(agency.instanceId(), "userTask_signMoaLea"), agency.command());
        }));
    all.add(task("userTask_signMoaIce", "sign-moa-ice", List.of(
        Field.constant("iceSignatoryName", Kind.TEXT, "ICE Director designee"),
        Field.of("iceSignedOn", Kind.DATE, today())),
        () -> task(world.open(world.signedByTheAgency().instanceId(), "userTask_signMoaIce"), "ice.signatory")));
    all.add(task("userTask_nominateCandidates", "nominate-candidates", List.of(
        Field.constant("candidateCount", Kind.NUMBER, 1),
        Field.of("candidates", Kind.CANDIDATES, c -> text(CorpusWorld.candidates("N-" + world.next())))),
        () -> {
          Agency agency = world.moaActive();
          return task(world.open(agency.instanceId(), "userTask_nominateCandidates"), agency.command());
        }));
    all.add(task("userTask_initialReview", "initial-review", List.of(
        Field.constant("compliant", Kind.BOOLEAN, true),
        Field.constant("findings", Kind.TEXT, "Compliant")),
        () -> task(world.initialReview(), "nol.director")));
    all.add(task("userTask_annualComplianceReview", "annual-compliance-review", List.of(
        Field.constant("compliant", Kind.BOOLEAN, true),
        Field.constant("findings", Kind.TEXT, "Compliant")),
        () -> task(world.annualReview(annual), "nol.director")));
    all.add(task("userTask_submitCorrectiveActionPlan", "submit-corrective-action-plan", List.of(
        Field.constant("correctiveActions", Kind.TEXT, "Keep a detainer log"),
        Field.of("correctionDueOn", Kind.DATE, c -> text(LocalDate.parse(CorpusWorld.today()).plusDays(30).toString()))),
        () -> task(world.correctiveActionPlan(findings), findings.command())));
    all.add(task("userTask_verifyCorrection", "verify-correction", List.of(
        Field.constant("corrected", Kind.BOOLEAN, true),
        Field.constant("findings", Kind.TEXT, "Log kept")),
        () -> task(world.verifyCorrection(findings), "nol.director")));
    all.add(task("userTask_decideOnNonCompliance", "decide-on-non-compliance", List.of(
        Field.code("nonComplianceDecision", List.of("EXTEND", "GIVE_NOTICE")),
        Field.of("correctionDueOn", Kind.DATE, c -> text(LocalDate.parse(CorpusWorld.today()).plusDays(30).toString()))),
        () -> task(world.decideOnNonCompliance(findings), "hq.analyst")));

    // ------------------------------------------------------------------ vetting
    all.add(task("userTask_backgroundInvestigation", "background-investigation", List.of(
        Field.code("backgroundResult", List.of("CLEARED", "NOT_CLEARED")),
        Field.constant("backgroundNotes", Kind.TEXT, "Nothing found")),
        () -> task(world.vetting(world.candidate(vetting), "userTask_backgroundInvestigation"), "ps.investigator")));
    all.add(task("userTask_recordTraining", "record-training", List.of(
        Field.of("trainingDate", Kind.DATE, today()),
        Field.constant("trainingHours", Kind.NUMBER, 8),
        Field.constant("examScore", Kind.NUMBER, 85),
        Field.constant("instructor", Kind.TEXT, "nol.poc")),
        () -> {
          long candidate = world.candidate(vetting);
          world.clear(candidate);
          return task(world.vetting(candidate, "userTask_recordTraining"), "nol.poc");
        }));
    all.add(task("userTask_recordRetake", "record-retake", List.of(
        Field.of("retakeDate", Kind.DATE, today()),
        Field.constant("retakeScore", Kind.NUMBER, 80),
        Field.constant("retakeInstructor", Kind.TEXT, "nol.poc")),
        () -> {
          long candidate = world.candidate(vetting);
          world.clear(candidate);
          world.train(candidate, 50L);
          return task(world.vetting(candidate, "userTask_recordRetake"), "nol.poc");
        }));
    all.add(task("userTask_signAuthorizationLetter", "sign-authorization-letter", List.of(
        Field.of("authorizationSignedOn", Kind.DATE, today())),
        () -> {
          long candidate = world.candidate(vetting);
          world.clear(candidate);
          world.train(candidate, 85L);
          return task(world.vetting(candidate, "userTask_signAuthorizationLetter"), "nol.director");
        }));

    // ------------------------------------------------------------------ warrants (the demo agency, demo.wso)
    all.add(task("userTask_serveWarrant", "serve-warrant", List.of(
        Field.of("servedAt", Kind.DATE_TIME, aMinuteAgo()),
        Field.constant("interpreterOffered", Kind.BOOLEAN, true),
        Field.constant("interpreterName", Kind.TEXT, "A. Interpreter"),
        Field.constant("citizenshipClaimed", Kind.BOOLEAN, false)),
        () -> task(world.serve(demo.ori(), demo.jail()), "demo.wso")));
    all.add(task("userTask_releaseUnserved", "release-unserved", List.of(
        Field.of("releasedAt", Kind.DATE_TIME, aMinuteAgo()),
        Field.constant("releaseNotes", Kind.TEXT, "Released at the end of the sentence")),
        () -> task(world.releaseUnserved(demo.ori(), demo.jail()), "demo.sheriff")));
    all.add(task("userTask_reviewCitizenshipClaim", "review-citizenship-claim", List.of(
        Field.code("citizenshipClaimDecision", List.of("UNSUBSTANTIATED", "SUBSTANTIATED")),
        Field.constant("citizenshipClaimNotes", Kind.TEXT, "Records checked")),
        () -> task(world.claimReview(demo.ori(), demo.jail(), "demo.wso"), "nol.ero")));
    all.add(task("userTask_assumeCustody", "assume-custody", List.of(
        Field.of("custodyAssumedAt", Kind.DATE_TIME, c -> text(Instant.now().minusSeconds(5).toString()))),
        () -> task(world.custody(demo.ori(), demo.jail(), "demo.wso"), "nol.ero")));
    all.add(task("userTask_releaseOnClaim", "release-subject", List.of(
        Field.of("releasedAt", Kind.DATE_TIME, c -> text(Instant.now().minusSeconds(5).toString()))),
        () -> task(world.releaseOnClaim(demo.ori(), demo.jail(), "demo.wso"), "demo.sheriff")));
    all.add(task("userTask_releaseSubject", "release-subject", List.of(
        Field.of("releasedAt", Kind.DATE_TIME, c -> text(Instant.now().minusSeconds(5).toString()))),
        () -> task(world.releaseAfter48Hours(demo.ori(), demo.jail(), "demo.wso"), "demo.sheriff")));

    // ------------------------------------------------------------------ complaints
    all.add(task("userTask_referComplaint", "refer-complaint", List.of(
        Field.of("oprReference", Kind.TEXT, c -> text("OPR-" + world.next())),
        Field.of("oprNotifiedOn", Kind.DATE, today()),
        Field.code("interimAction", List.of("NONE", "SUSPEND_OFFICER"))),
        () -> task(world.referral(complaints), "nol.ero")));
    all.add(task("userTask_recordInvestigationOutcome", "record-investigation-outcome", List.of(
        Field.code("investigationOutcome", List.of("NOT_SUSTAINED", "UNFOUNDED")),
        Field.constant("outcomeSummary", Kind.TEXT, "Not sustained"),
        Field.code("officerAction", List.of("NONE", "REINSTATE"))),
        () -> task(world.investigationOutcome(complaints), "nol.director")));
    all.add(task("userTask_notifyComplaintParties", "notify-complaint-parties", List.of(
        Field.of("partiesNotifiedOn", Kind.DATE, today())),
        () -> task(world.partiesNotified(complaints), "nol.director")));

    // ------------------------------------------------------------------ credentials
    all.add(task("userTask_recordCredentialReturn", "record-credential-return, after a departure", List.of(
        Field.of("credentialReturnedOn", Kind.DATE, today())),
        () -> task(world.returnAfterDeparture(credentials), "nol.poc")));
    all.add(task("userTask_recordCredentialReturn", "record-credential-return, after a withdrawal", List.of(
        Field.of("credentialReturnedOn", Kind.DATE, today())),
        () -> task(world.returnAfterWithdrawal(credentials), "nol.poc")));
    return all;
  }
}
