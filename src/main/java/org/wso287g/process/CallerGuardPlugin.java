package org.wso287g.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Installs the {@link CallerGuard} in front of every command, before Camunda's own interceptors. The
 * application's engine has it; the model tests' engine does not: they drive a model with variables
 * of their choosing, without its forms deployed.
 */
public class CallerGuardPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPreCommandInterceptorsTxRequired(guarded(configuration.getCustomPreCommandInterceptorsTxRequired(), configuration));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(guarded(configuration.getCustomPreCommandInterceptorsTxRequiresNew(), configuration));
  }

  private static List<CommandInterceptor> guarded(List<CommandInterceptor> existing, ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    interceptors.add(new CallerGuard(configuration));
    if (existing != null) {
      interceptors.addAll(existing);
    }
    return interceptors;
  }
}
