package org.wso287g.journey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The bad-input corpus: for one field of a given kind, the values a careless or hostile client sends
 * instead of a good one. Each is a JSON value (or {@link #MISSING}); on {@code /engine-rest} a plain
 * value travels as {@code {"value": v}}, a {@linkplain #engineTyped typed one} as the whole variable.
 */
final class BadValues {

  static final ObjectMapper JSON = new ObjectMapper();
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The field is left out of the request. */
  static final JsonNode MISSING = NODES.missingNode();

  /** What kind of value a field holds; it decides which bad values make sense for it. */
  enum Kind { TEXT, NUMBER, BOOLEAN, DATE, DATE_TIME, CODE, CANDIDATES }

  /** One bad value, named for the report. */
  record Bad(String name, JsonNode value) {
    boolean missing() {
      return value.isMissingNode();
    }
  }

  static final String LONG = "x".repeat(10_000);
  static final String CONTROL = "a\u0000b\u0007c\u001b[2J\r\nd\u007f";
  static final String UNICODE = "Zoë Ñandú 李小龍 🚔 \u202Eevil\u202C \uFEFF";
  static final String SQL = "x' OR '1'='1'; DROP TABLE agency; --";

  private BadValues() {}

  /** The values sent for one field of this kind, on both surfaces. */
  static List<Bad> forKind(Kind kind, List<String> codes) {
    List<Bad> bad = new ArrayList<>(List.of(
        new Bad("missing", MISSING),
        new Bad("null", NODES.nullNode()),
        new Bad("object", object("a", 1)),
        new Bad("array", NODES.arrayNode().add(1).add("two")),
        new Bad("empty", text("")),
        new Bad("whitespace", text(" \t ")),
        new Bad("10k chars", text(LONG)),
        new Bad("4000 chars", text("y".repeat(4000))),
        new Bad("control characters", text(CONTROL)),
        new Bad("unicode", text(UNICODE)),
        new Bad("SQL-looking", text(SQL))));
    switch (kind) {
      case TEXT -> bad.addAll(List.of(
          new Bad("number for text", NODES.numberNode(12345)),
          new Bad("boolean for text", NODES.booleanNode(true))));
      case NUMBER -> bad.addAll(List.of(
          new Bad("text for number", text("eight")),
          new Bad("boolean for number", NODES.booleanNode(true)),
          new Bad("negative", NODES.numberNode(-1)),
          new Bad("zero", NODES.numberNode(0)),
          new Bad("fraction", NODES.numberNode(3.5)),
          new Bad("huge", NODES.numberNode(new BigInteger("99999999999999999999999999"))),
          new Bad("1e308", NODES.numberNode(1e308)),
          new Bad("NaN text", text("NaN")),
          new Bad("Infinity text", text("Infinity")),
          new Bad("1e999999999 text", text("1e999999999")),
          new Bad("int overflow", NODES.numberNode(2147483648L))));
      case BOOLEAN -> bad.addAll(List.of(
          new Bad("text for boolean", text("maybe")),
          new Bad("number for boolean", NODES.numberNode(1)),
          new Bad("yes", text("yes"))));
      case DATE -> bad.addAll(List.of(
          new Bad("30 February", text("2026-02-30")),
          new Bad("month 13", text("2026-13-01")),
          new Bad("year 99999", text("99999-01-01")),
          new Bad("year +99999", text("+99999-01-01")),
          new Bad("year 0", text("0000-01-01")),
          new Bad("24:00 date-time", text("2026-11-28T24:00:00Z")),
          new Bad("date-time without offset", text("2026-11-28T10:00:00")),
          new Bad("US date", text("11/28/2026")),
          new Bad("word", text("yesterday")),
          new Bad("number for date", NODES.numberNode(20261128))));
      case DATE_TIME -> bad.addAll(List.of(
          new Bad("24:00", text("2026-11-28T24:00:00Z")),
          new Bad("no offset", text("2026-11-28T10:00:00")),
          new Bad("30 February", text("2026-02-30T10:00:00Z")),
          new Bad("year 99999", text("+99999-01-01T00:00:00Z")),
          new Bad("offset +25:00", text("2026-11-28T10:00:00+25:00")),
          new Bad("date only", text("2026-11-28")),
          new Bad("space separator", text("2026-11-28 10:00:00Z")),
          new Bad("epoch number", NODES.numberNode(1764000000L)),
          new Bad("1900", text("1900-01-01T00:00:00Z"))));
      case CODE -> {
        bad.addAll(List.of(
            new Bad("unknown code", text("NOT_A_CODE")),
            new Bad("number for code", NODES.numberNode(1))));
        if (!codes.isEmpty()) {
          bad.add(new Bad("lower-case code", text(codes.get(0).toLowerCase(Locale.ROOT) + "x")));
          bad.add(new Bad("code with blanks", text("  " + codes.get(codes.size() - 1) + "  ")));
        }
      }
      case CANDIDATES -> bad.addAll(List.of(
          new Bad("JSON text not a list", text("{\"fullName\":\"A\"}")),
          new Bad("list of numbers", text("[1,2,3]")),
          new Bad("row without fields", text("[{}]")),
          new Bad("row with wrong types", text("[{\"fullName\":1,\"badgeNumber\":[],\"email\":{},\"usCitizen\":\"x\"}]")),
          new Bad("row with 10k name", text("[{\"fullName\":\"" + LONG + "\",\"badgeNumber\":\"B-1\",\"email\":"
              + "\"a@b.invalid\",\"usCitizen\":true}]")),
          new Bad("21 rows", text(manyCandidates(21))),
          new Bad("malformed JSON text", text("[{\"fullName\":"))));
    }
    return bad;
  }

  /**
   * Camunda's typed variables sent wrong: a declared type the value does not fit, an object of any class
   * in any serialization format, a type that does not exist.
   */
  static List<Bad> engineTyped() {
    return List.of(
        new Bad("Integer abc", typed("Integer", text("abc"))),
        new Bad("Long 1e30", typed("Long", NODES.numberNode(new BigInteger("1000000000000000000000000000000")))),
        new Bad("Short 99999", typed("Short", NODES.numberNode(99999))),
        new Bad("Double NaN", typed("Double", text("NaN"))),
        new Bad("Boolean maybe", typed("Boolean", text("maybe"))),
        new Bad("Date 30 February", typed("Date", text("2026-02-30T25:00:00.000+0000"))),
        new Bad("Date garbage", typed("Date", text("tomorrow"))),
        new Bad("String object", typed("String", object("a", 1))),
        new Bad("Json malformed", typed("Json", text("{not json"))),
        new Bad("Xml malformed", typed("Xml", text("<a><b></a>"))),
        new Bad("Object java.net.URL", objectValue("{\"url\":\"http://attacker.invalid/\"}", "java.net.URL",
            "application/json")),
        new Bad("Object Java-serialized", objectValue("rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA==", "java.util.HashMap",
            "application/x-java-serialized-object")),
        new Bad("Object XML format", objectValue("<list/>", "java.util.ArrayList", "application/xml")),
        new Bad("Object unknown format", objectValue("x", "java.lang.String", "text/x-unknown")),
        new Bad("Object without class", objectValue("[1]", null, "application/json")),
        new Bad("Bytes not base64", typed("Bytes", text("%%% not base64 %%%"))),
        new Bad("File without name", typed("File", text("aGVsbG8="))),
        new Bad("Null with value", typed("Null", text("x"))),
        new Bad("no such type", typed("NoSuchType", text("x"))));
  }

  /** The typed values sent for every field; the whole list goes to one field of each form. */
  static List<Bad> engineTypedCore() {
    return engineTyped().stream().filter(bad -> List.of("Integer abc", "Date garbage", "Json malformed",
        "Object java.net.URL", "Object Java-serialized").contains(bad.name())).toList();
  }

  static ObjectNode typed(String type, JsonNode value) {
    ObjectNode variable = NODES.objectNode();
    variable.set("value", value);
    variable.put("type", type);
    return variable;
  }

  static ObjectNode objectValue(String serialized, String className, String format) {
    ObjectNode variable = typed("Object", text(serialized));
    ObjectNode info = variable.putObject("valueInfo");
    if (className != null) {
      info.put("objectTypeName", className);
    }
    info.put("serializationDataFormat", format);
    return variable;
  }

  static JsonNode text(String value) {
    return NODES.textNode(value);
  }

  static ObjectNode object(String name, int value) {
    ObjectNode node = NODES.objectNode();
    node.put(name, value);
    return node;
  }

  static String manyCandidates(int count) {
    StringBuilder rows = new StringBuilder("[");
    for (int i = 0; i < count; i++) {
      rows.append(i == 0 ? "" : ",").append("{\"fullName\":\"Officer ").append(i).append("\",\"badgeNumber\":\"M-")
          .append(i).append("\",\"email\":\"m").append(i).append("@corpus.invalid\",\"usCitizen\":true}");
    }
    return rows.append(']').toString();
  }

  /** Whole bodies that are not what a JSON call expects, with the content type they are sent as. */
  record BadBody(String name, String contentType, String body) {}

  static List<BadBody> bodies() {
    return List.of(
        new BadBody("malformed JSON", "application/json", "{\"a\":"),
        new BadBody("truncated string", "application/json", "{\"a\":\"b"),
        new BadBody("empty body", "application/json", ""),
        new BadBody("JSON null", "application/json", "null"),
        new BadBody("JSON array", "application/json", "[]"),
        new BadBody("JSON string", "application/json", "\"text\""),
        new BadBody("deep nesting", "application/json", "[".repeat(5000) + "]".repeat(5000)),
        new BadBody("2000-digit number", "application/json", "{\"a\":" + "9".repeat(2000) + "}"),
        new BadBody("text/plain", "text/plain", "hello"),
        new BadBody("XML", "application/xml", "<a/>"),
        new BadBody("form-urlencoded", "application/x-www-form-urlencoded", "a=b"),
        new BadBody("no content type", null, "{}"));
  }

  /** The bodies of {@link #bodies()} that every call is sent. */
  static List<BadBody> coreBodies() {
    return bodies().stream().filter(body -> List.of("malformed JSON", "JSON null", "JSON array", "text/plain")
        .contains(body.name())).toList();
  }

  /** Path ids that name nothing, or nothing well-formed. */
  static List<String> pathIds() {
    return List.of("does-not-exist", "0", "-1", "99999999999999999999999", "%27%20OR%20%271%27%3D%271",
        "%E6%9D%8E%F0%9F%9A%94", "%2e%2e", "%20", "x".repeat(1000), "a%00b");
  }

  /** Query values a careless client sends. */
  static List<Bad> queryValues() {
    return List.of(
        new Bad("empty", text("")),
        new Bad("whitespace", text(" ")),
        new Bad("unknown code", text("NOT_A_CODE")),
        new Bad("1000 chars", text("x".repeat(1000))),
        new Bad("unicode", text(UNICODE)),
        new Bad("control characters", text(CONTROL)),
        new Bad("SQL-looking", text(SQL)),
        new Bad("negative", text("-1")),
        new Bad("huge", text("99999999999999999999999")),
        new Bad("fraction", text("1.5")),
        new Bad("30 February", text("2026-02-30")),
        new Bad("year 99999", text("+99999-01-01")));
  }

  static String write(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
