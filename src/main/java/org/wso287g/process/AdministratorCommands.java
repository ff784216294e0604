package org.wso287g.process;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractDeleteProcessDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractDeleteProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractModificationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobDefinitionStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobsRetriesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetProcessDefinitionStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetProcessInstanceStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractUpdateProcessInstancesSuspendStateCmd;
import org.camunda.bpm.engine.impl.cmd.AddIdentityLinkForProcessDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteDeploymentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricTaskInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricVariableInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricVariableInstancesByProcessInstanceIdCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkForProcessDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteJobCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserOperationLogEntryCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd;
import org.camunda.bpm.engine.impl.cmd.RecalculateJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDefinitionPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskOwnerCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.UnlockJobCmd;
import org.camunda.bpm.engine.impl.cmd.batch.DeleteProcessInstanceBatchCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobListener;
import org.camunda.bpm.engine.impl.migration.MigrateProcessInstanceCmd;
import org.camunda.bpm.engine.impl.migration.batch.MigrateProcessInstanceBatchCmd;

/**
 * Rule 8: the engine operations that change a process outside its model. They are for
 * {@code camunda-admin} alone, whatever Camunda's own authorizations would let a user do: a
 * completion cannot re-route later work, a start cannot skip the partnership check, a refused job
 * execution cannot use up a timer's retries. Each kind says why, in the refusal.
 */
final class AdministratorCommands {

  private record Kind(String what, List<Class<?>> commands) {}

  private static final List<Kind> KINDS = List.of(
      new Kind("Changing process variables directly", List.of(AbstractSetVariableCmd.class,
          AbstractRemoveVariableCmd.class, AbstractPatchVariablesCmd.class, SetVariablesToProcessInstancesBatchCmd.class)),
      new Kind("Starting a process at a chosen step (startInstructions) or moving a running one",
          List.of(StartProcessInstanceAtActivitiesCmd.class, ModifyProcessInstanceCmd.class,
              ModifyProcessInstanceAsyncCmd.class, AbstractModificationCmd.class, ProcessInstanceModificationBatchCmd.class,
              AbstractRestartProcessInstanceCmd.class, MigrateProcessInstanceCmd.class,
              MigrateProcessInstanceBatchCmd.class)),
      // A refused execution still ends in Camunda's failed-job listener, which would count a retry.
      new Kind("Executing a job or changing its retries, due date or state", List.of(ExecuteJobsCmd.class,
          FailedJobListener.class, SetJobRetriesCmd.class, AbstractSetJobsRetriesBatchCmd.class,
          SetJobDuedateCmd.class, RecalculateJobDuedateCmd.class, SetJobPriorityCmd.class,
          SetJobDefinitionPriorityCmd.class, AbstractSetJobStateCmd.class, AbstractSetJobDefinitionStateCmd.class,
          UnlockJobCmd.class, DeleteJobCmd.class)),
      new Kind("Correlating a message or sending a signal through the engine API (the program's own "
          + "endpoints send the messages each party may send)", List.of(AbstractCorrelateMessageCmd.class,
          CorrelateAllMessageBatchCmd.class, MessageEventReceivedCmd.class, SignalCmd.class,
          SignalEventReceivedCmd.class)),
      // Both take variables, and an error or escalation no model expects from a person ends their step.
      new Kind("Throwing a BPMN error or escalation on a task", List.of(HandleTaskBpmnErrorCmd.class,
          HandleTaskEscalationCmd.class)),
      new Kind("Changing who a task or process is offered to (identity links, owner)", List.of(
          AbstractAddIdentityLinkCmd.class, DeleteIdentityLinkCmd.class, SetTaskOwnerCmd.class,
          AddIdentityLinkForProcessDefinitionCmd.class, DeleteIdentityLinkForProcessDefinitionCmd.class)),
      new Kind("Deleting, suspending or activating processes, tasks, deployments or their history",
          List.of(AbstractDeleteProcessInstanceCmd.class, DeleteProcessInstanceBatchCmd.class, DeleteTaskCmd.class,
              DeleteDeploymentCmd.class, AbstractDeleteProcessDefinitionCmd.class,
              AbstractSetProcessInstanceStateCmd.class, AbstractUpdateProcessInstancesSuspendStateCmd.class,
              AbstractSetProcessDefinitionStateCmd.class, DeleteHistoricProcessInstancesCmd.class,
              DeleteHistoricTaskInstanceCmd.class, DeleteHistoricVariableInstanceCmd.class,
              DeleteHistoricVariableInstancesByProcessInstanceIdCmd.class, DeleteUserOperationLogEntryCmd.class,
              DeleteTaskCommentCmd.class, DeleteProcessInstanceCommentCmd.class, DeleteAttachmentCmd.class)));

  private AdministratorCommands() {}

  /** What the command does, when it is one of them. */
  static Optional<String> kindOf(Command<?> command) {
    return KINDS.stream().filter(kind -> kind.commands().stream().anyMatch(type -> type.isInstance(command)))
        .map(Kind::what).findFirst();
  }
}
