package bareengine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The benchmark's yardstick (scripts/benchmark, docs/performance.md): Camunda 7.24 on Spring Boot with
 * the Tasklist and /engine-rest, authorization on, HTTP Basic on /engine-rest, and nothing of the
 * program. Outside org.wso287g so that neither scans the other; started with bare-engine.yaml only.
 */
@SpringBootApplication
public class BareEngineApplication {

  public static void main(String[] args) {
    SpringApplication.run(BareEngineApplication.class, args);
  }
}
