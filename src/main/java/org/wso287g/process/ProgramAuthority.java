package org.wso287g.process;

import java.util.concurrent.Callable;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Engine calls made on the program's authority, without the current user's authorization checks:
 * a process step creating an agency's groups as a sheriff completes a task, or the API reading an
 * application's history once it has applied its own scope rule to the caller. Inside a process step
 * it runs in that step's transaction; anywhere else, in a transaction of its own.
 */
public final class ProgramAuthority {

  private ProgramAuthority() {}

  public static <T> T run(ProcessEngineConfiguration engine, Callable<T> work) {
    CommandContext step = Context.getCommandContext();
    if (step != null) {
      return step.runWithoutAuthorization(work);
    }
    return ((ProcessEngineConfigurationImpl) engine).getCommandExecutorTxRequired()
        .execute(context -> context.runWithoutAuthorization(work));
  }
}
