package org.wso287g.notification.process;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.wso287g.notification.domain.MailTemplates;
import org.wso287g.notification.domain.Members;
import org.wso287g.notification.domain.Outbox;
import org.wso287g.notification.domain.Person;
import org.wso287g.process.ProgramAuthority;

/**
 * "The same people once more when an open task is due within 24 hours": every few minutes, the open
 * tasks due before now + 24 hours, one message per candidate group member with an e-mail, once: the
 * outbox's key {@code task-due:<taskId>:<userId>} makes it once across runs and nodes. A task created
 * with less than 24 hours to go (a serve task lodged the day of the release, a task created overdue)
 * gets no reminder: its new-task message already says when it is due, or that it is overdue. A
 * reminder that comes late (the application was down when the day began) says the task is overdue;
 * a task overdue by more than a day is not looked at any more (the Tasklist's Overdue filter shows it).
 * Each task in a transaction of its own, so one task's trouble does not hold up the others.
 */
@Slf4j
@Component
@RequiredArgsConstructor
public class DueSoonMails {

  static final Duration AHEAD = Duration.ofHours(24);

  private final ProcessEngine engine;
  private final Members members;
  private final MailTemplates templates;
  private final Outbox outbox;
  private final Clock clock;

  @Scheduled(fixedDelay = 5, initialDelay = 1, timeUnit = TimeUnit.MINUTES)
  public void remind() {
    Instant now = clock.instant();
    List<Task> due = ProgramAuthority.run(engine.getProcessEngineConfiguration(), () -> engine.getTaskService()
        .createTaskQuery().active().dueAfter(Date.from(now.minus(AHEAD))).dueBefore(Date.from(now.plus(AHEAD))).list());
    for (Task task : due) {
      if (task.getCreateTime() != null && !task.getCreateTime().toInstant().isBefore(
          task.getDueDate().toInstant().minus(AHEAD))) {
        continue;
      }
      try {
        ProgramAuthority.run(engine.getProcessEngineConfiguration(), () -> remind(task, now));
      } catch (RuntimeException e) {
        log.warn("No due-date reminder for task {} this time: {}", task.getId(), e.toString());
      }
    }
  }

  private Void remind(Task task, Instant now) {
    TaskService tasks = engine.getTaskService();
    var text = templates.taskDueSoon(TaskMails.facts(task.getId(), task.getName(), task.getDueDate(),
        name -> tasks.getVariable(task.getId(), name)), now);
    for (Person person : TaskMails.recipients(tasks.getIdentityLinksForTask(task.getId()), members)) {
      outbox.enqueue(text.to("task-due:" + task.getId() + ":" + person.userId(), person.email()));
    }
    return null;
  }
}
