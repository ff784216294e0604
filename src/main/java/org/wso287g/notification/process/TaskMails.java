package org.wso287g.notification.process;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
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
  private static final List<String> PERSONAL_DATA = List.of(WarrantVariables.SUBJECT_NAME,
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
    List<Person> recipients = recipients(task.getCandidates(), members.getObject());
    if (recipients.isEmpty()) {
      return;
    }
    var text = templates.taskOffered(facts(task.getId(), task.getName(), task.getDueDate(), task::getVariable),
        clock.instant());
    for (Person person : recipients) {
      outbox.getObject().enqueue(text.to("task-created:" + task.getId() + ":" + person.userId(), person.email()));
    }
  }

  /** The members of a task's candidate groups who have an e-mail, once each. */
  static List<Person> recipients(Collection<? extends IdentityLink> links, Members members) {
    Set<String> groups = new LinkedHashSet<>();
    for (IdentityLink link : links) {
      if (link.getGroupId() != null && IdentityLinkType.CANDIDATE.equals(link.getType())) {
        groups.add(link.getGroupId());
      }
    }
    List<Person> people = new ArrayList<>();
    groups.forEach(group -> people.addAll(members.of(group)));
    return Recipients.of(people);
  }

  /** What a message says of a task, with the values that may not stand in a subject line. */
  static MailTemplates.TaskFacts facts(String taskId, String name, Date dueDate, Function<String, Object> variable) {
    List<String> personal = new ArrayList<>();
    for (String variableName : PERSONAL_DATA) {
      if (variable.apply(variableName) instanceof String value) {
        personal.add(value);
      }
    }
    return new MailTemplates.TaskFacts(taskId, name, dueDate == null ? null : dueDate.toInstant(), personal);
  }
}
