package org.wso287g.testing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * In the PostgreSQL run, points every Spring test context at a new, empty PostgreSQL database
 * instead of the H2 database it names: {@code jdbc:h2:mem:journey} becomes {@code wso_test_journey}.
 * Contexts without a datasource URL (the {@code @DataJpaTest} slices) get one named after their test
 * class, and keep it instead of the embedded database they would otherwise be given.
 * Registered in {@code META-INF/spring.factories}; in the H2 run it does nothing.
 */
public class PostgresTestDatabases implements ContextCustomizerFactory {

  private static final Pattern H2_NAME = Pattern.compile("spring\\.datasource\\.url=jdbc:h2:mem:([^;]+)");

  @Override
  public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
    return TestDatabases.onPostgres() ? new OnPostgres() : null;
  }

  /** Equal to every other: the contexts stay cached by their own configuration, as on H2. */
  static final class OnPostgres implements ContextCustomizer {

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
      String name = merged.getTestClass().getSimpleName();
      for (String property : merged.getPropertySourceProperties()) {
        Matcher h2 = H2_NAME.matcher(property);
        if (h2.find()) {
          name = h2.group(1);
        }
      }
      TestPropertyValues.of(
          "spring.datasource.url=" + TestDatabases.freshPostgres(name),
          "spring.datasource.username=" + TestDatabases.username(),
          "spring.datasource.password=" + TestDatabases.password(),
          "spring.test.database.replace=none",
          // Spring keeps every test context open in its cache, each with its pool: a pool that keeps
          // ten idle connections per context would use up PostgreSQL's 100 before the cluster tests.
          "spring.datasource.hikari.minimum-idle=1",
          "spring.datasource.hikari.idle-timeout=10000").applyTo(context);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof OnPostgres;
    }

    @Override
    public int hashCode() {
      return OnPostgres.class.hashCode();
    }
  }
}
