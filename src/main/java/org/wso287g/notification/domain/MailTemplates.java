package org.wso287g.notification.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.wso287g.common.Text;

/**
 * Every message the program sends, in its words: one method per kind. A message says what happened,
 * what to do, and links to where to do it. Subject lines never carry personal data of a warrant's
 * subject (their name, their booking number); the HTML body escapes everything that came from a
 * record or a person.
 */
@Component
public class MailTemplates {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
      .withZone(ZoneOffset.UTC);
  private static final String SIGNATURE = "287(g) Warrant Service Officer program";

  private final String publicUrl;

  public MailTemplates(@Value("${wso.mail.public-url:http://localhost:8080}") String publicUrl) {
    this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  /** A user task, as a message names it. */
  public record TaskFacts(String taskId, String name, Instant dueAt, List<String> personalData) {
    public TaskFacts {
      personalData = personalData == null ? List.of() : personalData.stream().filter(Text::present).toList();
    }
  }

  /** An application and its agency, as a message to the agency's contact names them. */
  public record ApplicationFacts(String applicationNumber, String agencyName, String contactName) {}

  /** A warrant served, as the field office's ERO officers are told of it. */
  public record WarrantFacts(String warrantNumber, String warrantType, String agencyName, String facilityName,
      Instant servedAt, boolean citizenshipClaimed, String subjectName, String subjectBookingNumber) {}

  /** A complaint recorded late, as headquarters is told of it. */
  public record ComplaintFacts(String complaintNumber, String agencyName, String fieldOfficeCode, Instant receivedAt,
      Instant noticeDueAt, Instant recordedAt) {}

  /** The Tasklist's page of one task. */
  public String taskLink(String taskId) {
    return publicUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
  }

  /** A new task for the members of its candidate groups (also when a group is added to an open task). */
  public MailText taskOffered(TaskFacts task, Instant now) {
    boolean overdue = task.dueAt() != null && task.dueAt().isBefore(now);
    Message message = new Message((overdue ? "Overdue task: " : "New task: ") + safeTitle(task))
        .line("A task is waiting for you or your group in the Tasklist: " + task.name() + ".");
    if (task.dueAt() != null) {
      message.line(overdue
          ? "It is overdue: it was due " + WHEN.format(task.dueAt()) + ". Please complete it now."
          : "It is due " + WHEN.format(task.dueAt()) + ".");
    }
    return message.line("Open it in the Tasklist, claim it and complete its form:").link(taskLink(task.taskId()))
        .render();
  }

  /** An open task is due within 24 hours (or, when the reminder comes late, already overdue). */
  public MailText taskDueSoon(TaskFacts task, Instant now) {
    boolean overdue = task.dueAt().isBefore(now);
    return new Message((overdue ? "Overdue: " : "Due within 24 hours: ") + safeTitle(task))
        .line("The task " + task.name() + (overdue ? " was due " : " is due ") + WHEN.format(task.dueAt()) + ".")
        .line(overdue ? "Please complete it now." : "Please complete it before then.")
        .line("Open it in the Tasklist:").link(taskLink(task.taskId()))
        .render();
  }

  public MailText requestApproved(ApplicationFacts application) {
    return toAgency(application, "approved", "ICE has approved the request to join the 287(g) Warrant Service "
        + "Officer program.", null, "Headquarters now prepares the Memorandum of Agreement; your agency signs it next.");
  }

  public MailText requestDeclined(ApplicationFacts application, String reason) {
    return toAgency(application, "declined", "ICE has declined the request to join the 287(g) Warrant Service "
        + "Officer program.", reason, "Your agency may send a new letter of interest when the reason no longer applies.");
  }

  public MailText moreInformationAsked(ApplicationFacts application, String question) {
    return toAgency(application, "more information needed", "ICE needs more information before it decides on the "
        + "request.", question, "Your command staff answer in the Tasklist (task \"Provide more information\") "
        + "within the period the program sets; without an answer the request is withdrawn.");
  }

  public MailText moaActive(ApplicationFacts application, String detail) {
    return toAgency(application, "Memorandum of Agreement active", "ICE has signed the Memorandum of Agreement: it "
        + "is now active.", detail, "Your command staff nominate the Warrant Service Officer candidates in the Tasklist.");
  }

  public MailText officerCredentialed(ApplicationFacts application, String detail) {
    return toAgency(application, "officer credentialed", "An officer of your agency has been credentialed as a "
        + "Warrant Service Officer.", detail, "The officer may now serve ICE warrants in your jail under the agreement.");
  }

  public MailText noticeReceived(ApplicationFacts application, String detail) {
    return toAgency(application, "notice received", "A notice about your agency's agreement has been recorded.",
        detail, "Until it takes effect the agreement stands as it is; a pending notice may be withdrawn by the side "
            + "that gave it.");
  }

  public MailText agreementEnded(ApplicationFacts application, String detail) {
    return toAgency(application, "agreement ended", "Your agency's 287(g) Warrant Service Officer agreement has "
        + "ended.", detail, "Your officers may no longer serve ICE warrants; their credentials go back to the field "
            + "office.");
  }

  /** The field office's ERO officers, at once, on a warrant served (and on a citizenship claim made at service). */
  public MailText warrantServed(WarrantFacts warrant) {
    String subject = (warrant.citizenshipClaimed() ? "Citizenship claim: warrant " : "Warrant ")
        + warrant.warrantNumber() + " served by a WSO of " + warrant.agencyName();
    Message message = new Message(subject)
        .line("A Warrant Service Officer of " + warrant.agencyName() + " served " + warrant.warrantType()
            + " warrant " + warrant.warrantNumber() + " at " + warrant.facilityName() + " on "
            + WHEN.format(warrant.servedAt()) + ".")
        .fact("Person", warrant.subjectName())
        .fact("Booking number", warrant.subjectBookingNumber());
    if (warrant.citizenshipClaimed()) {
      message.line("The person claims to be a US citizen. Review the claim at once in the Tasklist (task "
          + "\"Review citizenship claim\").");
    } else {
      message.line("Assume custody within the custody limit (task \"Assume custody\" in the Tasklist).");
    }
    return message.line("Open the Tasklist:").link(publicUrl + "/camunda/app/tasklist/default/").render();
  }

  /** Headquarters, on a complaint recorded after the agency had to report it. */
  public MailText complaintRecordedLate(ComplaintFacts complaint) {
    return new Message("Complaint " + complaint.complaintNumber() + " recorded late — " + complaint.agencyName())
        .line("A complaint about " + complaint.agencyName() + " was recorded after the time the agency had to report "
            + "it.")
        .fact("Received", WHEN.format(complaint.receivedAt()))
        .fact("To be reported by", WHEN.format(complaint.noticeDueAt()))
        .fact("Recorded", WHEN.format(complaint.recordedAt()))
        .fact("Field office", complaint.fieldOfficeCode())
        .line("Headquarters follows the late report up with the field office; the oversight view counts it.")
        .line("Open the oversight view:").link(publicUrl + "/oversight.html")
        .render();
  }

  private MailText toAgency(ApplicationFacts application, String what, String happened, String detail, String next) {
    Message message = new Message("Application " + application.applicationNumber() + " — " + what)
        .line(Text.present(application.contactName()) ? "Dear " + application.contactName().trim() + "," : "Hello,")
        .line(happened)
        .fact("Agency", application.agencyName())
        .fact("Application", application.applicationNumber());
    if (Text.present(detail)) {
      message.fact("Details", detail.trim());
    }
    return message.line(next).line("Questions go to your ICE field office's WSO point of contact.").render();
  }

  /** A task's name without the personal data of a warrant's subject, for a subject line. */
  static String safeTitle(TaskFacts task) {
    String title = task.name() == null ? "task " + task.taskId() : task.name();
    for (String personal : task.personalData()) {
      title = title.replace(" — " + personal, "").replace(personal, "…");
    }
    return title;
  }

  /** HTML text: &, <, >, " and ' escaped. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** One message, built part by part, rendered as plain text and as HTML from the same parts. */
  private static final class Message {

    private final String subject;
    private final List<String[]> parts = new ArrayList<>();

    Message(String subject) {
      this.subject = subject.replaceAll("[\\r\\n]+", " ");
    }

    Message line(String text) {
      parts.add(new String[] {"p", text});
      return this;
    }

    Message fact(String label, String value) {
      if (Text.present(value)) {
        parts.add(new String[] {"fact", label, value});
      }
      return this;
    }

    Message link(String url) {
      parts.add(new String[] {"a", url});
      return this;
    }

    MailText render() {
      StringBuilder text = new StringBuilder();
      StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif\">");
      for (String[] part : parts) {
        switch (part[0]) {
          case "p" -> {
            text.append(part[1]).append("\n\n");
            html.append("<p>").append(escape(part[1])).append("</p>");
          }
          case "fact" -> {
            text.append(part[1]).append(": ").append(part[2]).append("\n\n");
            html.append("<p><strong>").append(escape(part[1])).append(":</strong> ").append(escape(part[2]))
                .append("</p>");
          }
          default -> {
            text.append(part[1]).append("\n\n");
            html.append("<p><a href=\"").append(escape(part[1])).append("\">").append(escape(part[1]))
                .append("</a></p>");
          }
        }
      }
      text.append("-- \n").append(SIGNATURE).append('\n');
      html.append("<p style=\"color:#666\">").append(SIGNATURE).append("</p></body></html>");
      return new MailText(subject, text.toString(), html.toString());
    }
  }
}
