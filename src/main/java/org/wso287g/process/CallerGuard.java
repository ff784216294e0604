package org.wso287g.process;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.wso287g.access.AccessPolicy;
import org.wso287g.access.Action;
import org.wso287g.access.Actor;
import org.wso287g.access.Jurisdiction;
import org.wso287g.common.RuleViolation;

/**
 * Rule 8, at the engine's door: what a caller sends (through /engine-rest, the Tasklist or the API,
 * as a signed-in user) may do only what the models let a person do.
 * <ul>
 *   <li>A task completion or a start may set only the variables its Camunda Form declares as
 *   editable ({@link FormFields}); any other, or a context field the form only shows, is refused
 *   with 400 naming it, before anything is written; so is a value the engine cannot keep
 *   ({@link SentValues}).</li>
 *   <li>The operations of {@link AdministratorCommands} are refused (403) unless the caller is in
 *   {@code camunda-admin}, before the engine runs them: a refused job execution leaves its retries.</li>
 * </ul>
 * Only the command a caller sends is checked, not the commands the program runs inside it (a
 * termination deleting the agency's warrant instances) or on its own authority
 * ({@link ProgramAuthority}); timers and jobs run without a signed-in user and are not checked.
 */
final class CallerGuard extends CommandInterceptor {

  /** The policy is plain and stateless; the engine's plugin has no Spring context to take it from. */
  private static final AccessPolicy POLICY = new AccessPolicy();

  private final ProcessEngineConfigurationImpl engine;

  /** Declared variables per form; a deployed form never changes, so the cache never goes stale. */
  private final Map<String, Set<String>> declared = new ConcurrentHashMap<>();

  CallerGuard(ProcessEngineConfigurationImpl engine) {
    this.engine = engine;
  }

  @Override
  public <T> T execute(Command<T> command) {
    Authentication caller = Context.getCommandContext() == null ? engine.getIdentityService().getCurrentAuthentication() : null;
    if (caller != null && caller.getUserId() != null) {
      Actor actor = new Actor(caller.getUserId(), caller.getGroupIds());
      if (!POLICY.allows(actor, Action.CHANGE_PROCESSES_DIRECTLY, Jurisdiction.national())) {
        AdministratorCommands.kindOf(command).ifPresent(what -> {
          throw new AuthorizationException(what + " is for camunda-admin only; " + caller.getUserId() + " is not an administrator.");
        });
      }
      checkDeclaredVariables(command);
    }
    return next.execute(command);
  }

  private void checkDeclaredVariables(Command<?> command) {
    if (command instanceof SubmitTaskFormCmd || command instanceof CompleteTaskCmd) {
      String taskId = field(command, "taskId");
      Map<String, Object> sent = field(command, command instanceof SubmitTaskFormCmd ? "properties" : "variables");
      if (sent != null && !sent.isEmpty()) {
        taskForm(taskId).ifPresent(form -> refuseUndeclared(sent, form, "this task's form"));
        SentValues.check(sent);
      }
    } else if (command instanceof SubmitStartFormCmd) {
      Map<String, Object> sent = field(command, "variables");
      String definitionId = field(command, "processDefinitionId");
      if (sent != null && !sent.isEmpty()) {
        startForm(context -> definitionId).ifPresent(form -> refuseUndeclared(sent, form, "the start form"));
        SentValues.check(sent);
      }
    } else if (command instanceof StartProcessInstanceCmd) {
      ProcessInstantiationBuilderImpl start = field(command, "instantiationBuilder");
      Map<String, Object> sent = start.getVariables();
      if (sent != null && !sent.isEmpty()) {
        startForm(context -> definitionIdOf(context, start)).ifPresent(form -> refuseUndeclared(sent, form, "the start form"));
        SentValues.check(sent);
      }
    }
  }

  private static void refuseUndeclared(Map<String, Object> sent, Set<String> editable, String where) {
    List<RuleViolation.Problem> problems = sent.keySet().stream().filter(name -> !editable.contains(name)).sorted()
        .map(name -> new RuleViolation.Problem(name, "'" + name + "' may not be set here: " + where
            + " lets you set only " + String.join(", ", editable) + "."))
        .toList();
    if (!problems.isEmpty()) {
      throw Refusals.crossingTheEngine(new RuleViolation(problems));
    }
  }

  /** The task's declared variables; empty when the task is not one of a process (nothing to protect) or gone. */
  private Optional<Set<String>> taskForm(String taskId) {
    return privileged(context -> {
      TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
      if (task == null || task.getProcessDefinitionId() == null) {
        return Optional.empty();
      }
      return Optional.of(declared.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
          key -> editable(() -> new GetDeployedTaskFormCmd(taskId).execute(context))));
    });
  }

  private Optional<Set<String>> startForm(Function<CommandContext, String> definition) {
    return privileged(context -> {
      String definitionId = definition.apply(context);
      if (definitionId == null) {
        return Optional.empty();
      }
      return Optional.of(declared.computeIfAbsent(definitionId + "#start",
          key -> editable(() -> new GetDeployedStartFormCmd(definitionId).execute(context))));
    });
  }

  /**
   * A model element without a form lets a caller set nothing. The form is read by running the engine's
   * command inside this one, not through the form service: a nested command that fails marks the shared
   * transaction for rollback, and the caller's refusal would become the transaction's fault (a 500).
   */
  private static Set<String> editable(Supplier<InputStream> form) {
    try {
      return FormFields.editable(form.get());
    } catch (NullValueException | BadUserRequestException noForm) {
      return Set.of();
    }
  }

  private static String definitionIdOf(CommandContext context, ProcessInstantiationBuilderImpl start) {
    if (start.getProcessDefinitionId() != null) {
      return start.getProcessDefinitionId();
    }
    try {
      ProcessDefinitionEntity latest = start.getProcessDefinitionTenantId() == null
          ? context.getProcessEngineConfiguration().getDeploymentCache().findDeployedLatestProcessDefinitionByKey(start.getProcessDefinitionKey())
          : context.getProcessEngineConfiguration().getDeploymentCache()
              .findDeployedLatestProcessDefinitionByKeyAndTenantId(start.getProcessDefinitionKey(), start.getProcessDefinitionTenantId());
      return latest.getId();
    } catch (NullValueException unknown) {
      return null; // the start itself answers that the process does not exist
    }
  }

  private <T> T privileged(Function<CommandContext, T> read) {
    return engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> read.apply(context)));
  }

  /** The commands keep what a caller sent in protected fields, without getters. */
  @SuppressWarnings("unchecked")
  private static <T> T field(Object command, String name) {
    for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return (T) field.get(command);
      } catch (NoSuchFieldException e) {
        // declared further up
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("Cannot read " + name + " of " + command.getClass().getName(), e);
      }
    }
    throw new IllegalStateException(command.getClass().getName() + " has no field " + name + " (Camunda changed?)");
  }
}
