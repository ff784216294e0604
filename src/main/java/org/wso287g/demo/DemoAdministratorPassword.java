package org.wso287g.demo;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo administrator admin/demo of the default profile comes from {@code camunda.bpm.admin-user}:
 * Camunda's CreateAdminUserConfiguration creates it, with the camunda-admin group and its authorizations,
 * while the engine is built, through {@code IdentityService.saveUser}, which applies the password policy,
 * and "demo" does not meet it. So, in the default profile only, the policy is off while the engine is
 * built and on again once every engine plugin has run (this one runs last), before the web server opens
 * and before the demo users are seeded (they are saved past the policy, {@link DemoData}). Every password
 * set afterwards, the demo users' included, must meet it.
 */
@Component
@Profile("default")
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoAdministratorPassword extends AbstractProcessEnginePlugin {

  private ProcessEngineConfigurationImpl configuration;
  private boolean policyEnabled;

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
    this.policyEnabled = configuration.isEnablePasswordPolicy();
    configuration.setEnablePasswordPolicy(false);
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    configuration.setEnablePasswordPolicy(policyEnabled);
  }
}
