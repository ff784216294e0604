package org.wso287g.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * What can be checked of docker/ without a Docker engine: that the compose file gives every
 * application node the environment the application reads, and that the Dockerfile keeps its promises
 * (layered jar, non-root user, health check on the actuator).
 */
class DockerFilesTest {

  private static final Path COMPOSE = Path.of("docker/compose.yaml");
  private static final Path DOCKERFILE = Path.of("docker/Dockerfile");
  private static final Path APPLICATION_YAML = Path.of("src/main/resources/application.yaml");

  /** What the postgres profile cannot start without, whatever application.yaml says today. */
  private static final Set<String> REQUIRED = Set.of("WSO_DB_URL", "WSO_DB_USERNAME", "WSO_DB_PASSWORD", "WSO_ADMIN_PASSWORD");

  @Test
  void everyNodeRunsThePostgresProfileWithTheSameEnvironment() throws IOException {
    Map<String, Map<String, String>> nodes = applicationNodes();
    assertThat(nodes).as("services built from docker/Dockerfile").hasSizeGreaterThanOrEqualTo(1);

    Map<String, String> first = nodes.values().iterator().next();
    nodes.forEach((node, env) -> {
      assertThat(env).as(node).containsEntry("SPRING_PROFILES_ACTIVE", "postgres");
      assertThat(wsoVariables(env)).as(node + ": WSO_* variables").containsAll(REQUIRED);
      assertThat(env.get("WSO_ADMIN_PASSWORD")).as(node + ": no default admin password")
          .isEqualTo("${WSO_ADMIN_PASSWORD:?set WSO_ADMIN_PASSWORD}");
      assertThat(env).as(node + ": same environment as every other node").isEqualTo(first);
    });
  }

  /**
   * The WSO_* variables come from the postgres profile of application.yaml, found with a regex over
   * the whole file. Until that profile is merged the file reads none: this comparison is then skipped
   * (reported as such), and the test above still requires the four variables the profile needs.
   */
  @Test
  void everyNodeSetsExactlyTheVariablesTheApplicationReads() throws IOException {
    Set<String> read = new TreeSet<>();
    Matcher matcher = Pattern.compile("\\$\\{(WSO_[A-Z_]+)").matcher(Files.readString(APPLICATION_YAML));
    while (matcher.find()) {
      read.add(matcher.group(1));
    }
    assumeFalse(read.isEmpty(), "application.yaml reads no WSO_* variable yet (the postgres profile is not merged)");

    assertThat(read).as("variables application.yaml reads").containsAll(REQUIRED);
    applicationNodes().forEach((node, env) ->
        assertThat(wsoVariables(env)).as(node + ": WSO_* variables set, against those application.yaml reads")
            .containsExactlyInAnyOrderElementsOf(read));
  }

  @Test
  void postgresIsHealthyBeforeTheNodesStartAndMatchesTheirCredentials() throws IOException {
    Map<String, Object> services = services();
    Map<String, Object> postgres = map(services.get("postgres"));
    assertThat(postgres).as("postgres service").containsKeys("healthcheck", "volumes");
    assertThat((String) postgres.get("image")).startsWith("postgres:15");
    Map<String, String> db = environment(postgres);

    applicationNodes().forEach((node, env) -> {
      assertThat(map(map(services.get(node)).get("depends_on")).get("postgres")).as(node + " depends on postgres")
          .isEqualTo(Map.of("condition", "service_healthy"));
      assertThat(env.get("WSO_DB_URL")).as(node).isEqualTo("jdbc:postgresql://postgres:5432/" + db.get("POSTGRES_DB"));
      assertThat(env.get("WSO_DB_USERNAME")).as(node).isEqualTo(db.get("POSTGRES_USER"));
      assertThat(env.get("WSO_DB_PASSWORD")).as(node).isEqualTo(db.get("POSTGRES_PASSWORD"));
      assertThat(map(services.get(node)).get("ports").toString()).as(node + " publishes the container's 8080")
          .contains(":8080");
    });
  }

  @Test
  void theImageIsLayeredRunsAsNonRootAndChecksTheActuatorHealth() throws IOException {
    List<String> instructions = instructions(Files.readString(DOCKERFILE));
    int lastFrom = 0;
    for (int i = 0; i < instructions.size(); i++) {
      if (instructions.get(i).startsWith("FROM ")) {
        lastFrom = i;
      }
    }
    List<String> build = instructions.subList(0, lastFrom);
    List<String> image = instructions.subList(lastFrom, instructions.size());

    assertThat(build).as("the jar is extracted into its layers")
        .anyMatch(i -> i.startsWith("RUN ") && i.contains("-Djarmode=tools") && i.contains("extract --layers"));
    for (String layer : List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application")) {
      assertThat(image).as("layer " + layer).anyMatch(i -> i.startsWith("COPY --from=") && i.contains("/" + layer + "/"));
    }
    assertThat(image).anyMatch(i -> i.startsWith("ENTRYPOINT ") && i.contains("JarLauncher"));

    List<String> users = image.stream().filter(i -> i.startsWith("USER ")).toList();
    assertThat(users).as("USER in the final stage").isNotEmpty();
    String user = users.get(users.size() - 1).substring("USER ".length()).trim();
    assertThat(user).as("the image's user").isNotIn("root", "0", "0:0", "root:root");

    String healthcheck = image.stream().filter(i -> i.startsWith("HEALTHCHECK ")).findFirst().orElse("");
    assertThat(healthcheck).contains("http://localhost:8080/actuator/health");
    assertThat(image).as("EXPOSE").contains("EXPOSE 8080");
    if (healthcheck.contains("curl")) {
      assertThat(image).as("curl is installed in the final stage")
          .anyMatch(i -> i.startsWith("RUN ") && i.contains("apt-get install") && i.contains("curl"));
    }
  }

  /** The services built from docker/Dockerfile, with their environment (YAML merge keys resolved). */
  private static Map<String, Map<String, String>> applicationNodes() throws IOException {
    Map<String, Map<String, String>> nodes = new TreeMap<>();
    services().forEach((name, service) -> {
      Object build = map(service).get("build");
      if (build instanceof Map<?, ?> b && "docker/Dockerfile".equals(b.get("dockerfile"))) {
        assertThat(Path.of("docker").resolve((String) b.get("context")).resolve("pom.xml"))
            .as(name + ": build context is the project root").exists();
        nodes.put(name, environment(map(service)));
      }
    });
    return nodes;
  }

  private static Map<String, Object> services() throws IOException {
    Map<String, Object> compose = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(COMPOSE));
    return map(compose.get("services"));
  }

  private static Map<String, String> environment(Map<String, Object> service) {
    Object environment = service.get("environment");
    assertThat(environment).as("environment as a mapping").isInstanceOf(Map.class);
    Map<String, String> env = new TreeMap<>();
    map(environment).forEach((key, value) -> env.put(key, String.valueOf(value)));
    return env;
  }

  private static Set<String> wsoVariables(Map<String, String> env) {
    return new TreeSet<>(env.keySet().stream().filter(k -> k.startsWith("WSO_")).toList());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    assertThat(value).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }

  /** The Dockerfile's instructions, continuation lines joined, comments and blank lines left out. */
  private static List<String> instructions(String dockerfile) {
    List<String> instructions = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : dockerfile.split("\n")) {
      String trimmed = line.trim();
      if (trimmed.startsWith("#") || trimmed.isEmpty()) {
        continue;
      }
      boolean continues = trimmed.endsWith("\\");
      current.append(continues ? trimmed.substring(0, trimmed.length() - 1) : trimmed).append(' ');
      if (!continues) {
        instructions.add(current.toString().trim().replaceAll("\\s+", " "));
        current.setLength(0);
      }
    }
    return instructions;
  }
}
