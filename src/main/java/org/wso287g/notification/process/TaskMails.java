package org.wso287g.notification.process;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.wso287g.notification.domain.MailTemplates;
import org.wso287g.notification.domain.Members;
import org.wso287g.notification.domain.Outbox;
import org.wso287g.notification.domain.Person;
import org.wso287g.notification.domain.Recipients;
import org.wso287g.warrant.process.WarrantVariables;

/**
 * A new task offered to its candidate groups: one message per member with an e-mail, however many of
 * the task's groups they are in, with the task's Tasklist link. Runs as the task's 'create' listener
 * and again on 'update', which the engine fires when a candidate group is added to an open task (the
 * escalations offer an overdue review or complaint outcome to hq-287g): the outbox's key
 * {@code task-created:<taskId>:<userId>} lets only the people not told yet be told.
 */
@Component
public class TaskMails implements TaskListener {

  /** Variables whose values are personal data of a warrant's subject: never in a subject line. */
  static final List<String> PERSONAL_DATA = List.of(WarrantVariables.SUBJECT_NAME,
      WarrantVariables.SUBJECT_BOOKING_NUMBER);

  private final ObjectProvider<Outbox> outbox;
  private final ObjectProvider<Members> members;
  private final MailTemplates templates;
  private final Clock clock;

  public TaskMails(ObjectProvider<Outbox> outbox, ObjectProvider<Members> members, MailTemplates templates,
      Clock clock) {
    this.outbox = outbox;
    this.members = members;
    this.templates = templates;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    Set<String> groups = new LinkedHashSet<>();
    for (IdentityLink link : task.getCandidates()) {
      if (link.getGroupId() != null && IdentityLinkType.CANDIDATE.equals(link.getType())) {
        groups.add(link.getGroupId());
      }
    }
    if (groups.isEmpty()) {
      return;
    }
    List<Person> people = new ArrayList<>();
    groups.forEach(group -> people.addAll(members.getObject().of(group)));
    var text = templates.taskOffered(facts(task), clock.instant());
    for (Person person : Recipients.of(people)) {
      outbox.getObject().enqueue(text.to("task-created:" + task.getId() + ":" + person.userId(), person.email()));
    }
  }

  static MailTemplates.TaskFacts facts(DelegateTask task) {
    List<String> personal = new ArrayList<>();
    for (String name : PERSONAL_DATA) {
      if (task.getVariable(name) instanceof String value) {
        personal.add(value);
      }
    }
    return new MailTemplates.TaskFacts(task.getId(), task.getName(),
        task.getDueDate() == null ? null : task.getDueDate().toInstant(), personal);
  }
}
