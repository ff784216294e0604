package org.wso287g.notification.process;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.wso287g.notification.domain.Members;
import org.wso287g.notification.domain.Person;
import org.wso287g.process.ProgramAuthority;

/**
 * A group's members from Camunda's identity service, read on the program's authority (whoever's step
 * causes the message may not read other users). Inside a process step, in that step's transaction.
 * The engine is looked up when first needed: the task listener that uses this is part of the engine.
 */
@Component
@RequiredArgsConstructor
class EngineMembers implements Members {

  private final ObjectProvider<ProcessEngine> engine;

  @Override
  public List<Person> of(String groupId) {
    ProcessEngine processEngine = engine.getObject();
    return ProgramAuthority.run(processEngine.getProcessEngineConfiguration(), () ->
        processEngine.getIdentityService().createUserQuery().memberOfGroup(groupId).list().stream()
            .map(user -> new Person(user.getId(), user.getEmail())).toList());
  }
}
