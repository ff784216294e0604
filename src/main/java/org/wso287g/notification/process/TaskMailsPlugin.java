package org.wso287g.notification.process;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Gives every user task of every model the {@link TaskMails} listener, for 'create' and 'update', when
 * the models are parsed. A task listener runs inside the engine's command, so in its transaction: the
 * message is written with the task, or not at all. (Chosen over the starter's task event bridge,
 * which depends on a global setting and hands listeners the same object without saying which events
 * reach them: here the events are named, and the models need no change.) The model tests' engine
 * (model-tests.cfg.xml) does not install it: they test the models; the messages are tested with the
 * application's engine.
 */
@Component
public class TaskMailsPlugin extends AbstractProcessEnginePlugin {

  private final TaskMails listener;

  public TaskMailsPlugin(TaskMails listener) {
    this.listener = listener;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
          userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
          userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_UPDATE, listener);
        }
      }
    });
  }
}
