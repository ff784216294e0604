package org.wso287g.process;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys {@code processes/} and {@code forms/} as one deployment with stable resource names
 * ({@code processes/wsoParticipation.bpmn}, {@code forms/review-request.form}), whatever the packaging
 * (IDE, {@code mvn spring-boot:run}, fat jar, tests). The starter's own auto-deployment is switched
 * off: it skips {@code .form} files and names resources differently in a jar.
 *
 * <p>Duplicate filtering makes a restart with unchanged files deploy nothing; when any file changed,
 * every file is deployed again, so a new process version always finds its forms in its own deployment.
 */
@Component
public class ProcessModels extends AbstractProcessEnginePlugin {

  public static final String DEPLOYMENT_NAME = "wso-287g";
  static final String[] LOCATIONS = {"processes/*.bpmn", "processes/*.dmn", "forms/*.form"};

  private static final Logger LOG = LoggerFactory.getLogger(ProcessModels.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    DeploymentWithDefinitions deployment = deploy(engine);
    LOG.info("Process models: deployment {} ({} process definitions new or changed)", deployment.getId(),
        deployment.getDeployedProcessDefinitions() == null ? 0 : deployment.getDeployedProcessDefinitions().size());
  }

  /** Deploys every model and form found on the classpath; returns the new or the unchanged deployment. */
  public static DeploymentWithDefinitions deploy(ProcessEngine engine) {
    return deploy(engine, read());
  }

  /** Deploys these resources (name → content) as the program's deployment. */
  static DeploymentWithDefinitions deploy(ProcessEngine engine, Map<String, byte[]> resources) {
    if (resources.isEmpty()) {
      throw new IllegalStateException("No process model found on the classpath under processes/ and forms/");
    }
    DeploymentBuilder builder = engine.getRepositoryService().createDeployment()
        .name(DEPLOYMENT_NAME)
        .source(DEPLOYMENT_NAME)
        .enableDuplicateFiltering(false);
    resources.forEach((name, content) -> builder.addInputStream(name, new ByteArrayInputStream(content)));
    return builder.deployWithResult();
  }

  /** The models and forms on the classpath, by their stable names ({@code processes/x.bpmn}). */
  static Map<String, byte[]> read() {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(ProcessModels.class.getClassLoader());
    Map<String, byte[]> resources = new TreeMap<>();
    for (String location : LOCATIONS) {
      String folder = location.substring(0, location.indexOf('/') + 1);
      for (Resource resource : find(resolver, location)) {
        try (InputStream in = resource.getInputStream()) {
          resources.put(folder + resource.getFilename(), in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read " + resource, e);
        }
      }
    }
    return resources;
  }

  private static Resource[] find(PathMatchingResourcePatternResolver resolver, String location) {
    try {
      Resource[] found = resolver.getResources("classpath*:" + location);
      Arrays.sort(found, Comparator.comparing(Resource::getFilename));
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + location, e);
    }
  }
}
