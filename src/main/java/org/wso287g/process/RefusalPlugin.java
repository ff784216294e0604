package org.wso287g.process;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.delegate.DefaultDelegateInterceptor;

/** Installs the {@link RefusalInterceptor} around every delegate and listener call. */
public class RefusalPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    var inner = configuration.getDelegateInterceptor() != null
        ? configuration.getDelegateInterceptor()
        : new DefaultDelegateInterceptor();
    configuration.setDelegateInterceptor(new RefusalInterceptor(inner));
  }
}
