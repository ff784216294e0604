package org.wso287g.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The message texts: links, escaping, and no personal data of a warrant's subject in a subject line. */
class MailTemplatesTest {

  static final Instant NOW = Instant.parse("2026-12-08T12:00:00Z");

  final MailTemplates templates = new MailTemplates("https://wso.example.invalid/");

  @Test
  void aNewTaskNamesItAndLinksToItInTheTasklist() {
    MailText text = templates.taskOffered(new MailTemplates.TaskFacts("t-1",
        "Review request — O'Brien & <Sons> Sheriff (WSO-2026-0001)", Instant.parse("2026-12-10T12:00:00Z"), null), NOW);

    assertThat(text.subject()).isEqualTo("New task: Review request — O'Brien & <Sons> Sheriff (WSO-2026-0001)");
    assertThat(text.textBody()).contains("https://wso.example.invalid/camunda/app/tasklist/default/#/?task=t-1")
        .contains("It is due 2026-12-10 12:00 UTC.");
    assertThat(text.htmlBody()).contains("O&#39;Brien &amp; &lt;Sons&gt; Sheriff")
        .doesNotContain("<Sons>")
        .contains("<a href=\"https://wso.example.invalid/camunda/app/tasklist/default/#/?task=t-1\">");
  }

  @Test
  void aTaskCreatedOverdueSaysSo() {
    MailText text = templates.taskOffered(new MailTemplates.TaskFacts("t-2", "Initial review — X (WSO-1)",
        Instant.parse("2026-12-01T00:00:00Z"), List.of()), NOW);
    assertThat(text.subject()).isEqualTo("Overdue task: Initial review — X (WSO-1)");
    assertThat(text.textBody()).contains("It is overdue: it was due 2026-12-01 00:00 UTC.");

    MailText reminder = templates.taskDueSoon(new MailTemplates.TaskFacts("t-2", "Initial review — X (WSO-1)",
        Instant.parse("2026-12-01T00:00:00Z"), List.of()), NOW);
    assertThat(reminder.subject()).isEqualTo("Overdue: Initial review — X (WSO-1)");
  }

  @Test
  void aWarrantTaskSubjectLineLeavesTheSubjectOut() {
    var facts = new MailTemplates.TaskFacts("t-3", "Release — warrant not served — John Roe (ICE-2026-0001)",
        NOW.plusSeconds(3600), List.of("John Roe", "B-1001"));

    assertThat(templates.taskOffered(facts, NOW).subject()).isEqualTo("New task: Release — warrant not served "
        + "(ICE-2026-0001)");
    assertThat(templates.taskDueSoon(facts, NOW).subject()).isEqualTo("Due within 24 hours: Release — warrant not "
        + "served (ICE-2026-0001)");
    // Anywhere else in the name it is blanked.
    var odd = new MailTemplates.TaskFacts("t-4", "Serve warrant for John Roe", NOW, List.of("John Roe"));
    assertThat(templates.taskOffered(odd, NOW).subject()).doesNotContain("John Roe");
  }

  @Test
  void aServedWarrantNamesTheWarrantAndAgencyInTheSubjectAndTheSubjectOnlyInTheBody() {
    var warrant = new MailTemplates.WarrantFacts("ICE-2026-0001", "I-200", "Demo Parish Sheriff's Office",
        "Demo Jail", NOW, false, "Jane <Doe> O'Neil", "B-2026-1001");

    MailText served = templates.warrantServed(warrant);
    assertThat(served.subject()).isEqualTo("Warrant ICE-2026-0001 served by a WSO of Demo Parish Sheriff's Office")
        .doesNotContain("Jane").doesNotContain("B-2026-1001");
    assertThat(served.textBody()).contains("Jane <Doe> O'Neil").contains("B-2026-1001").contains("Assume custody");
    assertThat(served.htmlBody()).contains("Jane &lt;Doe&gt; O&#39;Neil").doesNotContain("<Doe>");

    MailText claim = templates.warrantServed(new MailTemplates.WarrantFacts("ICE-2026-0001", "I-200",
        "Demo Parish Sheriff's Office", "Demo Jail", NOW, true, "Jane Doe", "B-2026-1001"));
    assertThat(claim.subject()).isEqualTo("Citizenship claim: warrant ICE-2026-0001 served by a WSO of Demo Parish "
        + "Sheriff's Office");
    assertThat(claim.textBody()).contains("US citizen").contains("Review citizenship claim");
  }

  @Test
  void everyDecisionToTheAgencyContactNamesTheApplicationAndWhatFollows() {
    var application = new MailTemplates.ApplicationFacts("WSO-2026-0001", "Demo & Co", "Chief <Deputy>");
    List<MailText> all = List.of(templates.requestApproved(application),
        templates.requestDeclined(application, "Too small & closing"),
        templates.moreInformationAsked(application, "How many beds?"),
        templates.moaActive(application, "effective 2026-12-08"),
        templates.officerCredentialed(application, "Demo WSO, credential WSO-LA0990000-0001"),
        templates.noticeReceived(application, "termination notice from ICE"),
        templates.agreementEnded(application, "terminated on notice from ICE"));

    assertThat(all).extracting(MailText::subject).containsExactly(
        "Application WSO-2026-0001 — approved", "Application WSO-2026-0001 — declined",
        "Application WSO-2026-0001 — more information needed",
        "Application WSO-2026-0001 — Memorandum of Agreement active",
        "Application WSO-2026-0001 — officer credentialed", "Application WSO-2026-0001 — notice received",
        "Application WSO-2026-0001 — agreement ended");
    assertThat(all).allSatisfy(text -> {
      assertThat(text.textBody()).contains("Dear Chief <Deputy>,").contains("Demo & Co");
      assertThat(text.htmlBody()).contains("Dear Chief &lt;Deputy&gt;,").contains("Demo &amp; Co")
          .doesNotContain("<Deputy>");
    });
    assertThat(all.get(1).htmlBody()).contains("Too small &amp; closing");
  }

  @Test
  void aLateComplaintLinksToTheOversightView() {
    MailText text = templates.complaintRecordedLate(new MailTemplates.ComplaintFacts("CMP-2026-0001", "Demo",
        "NOL", NOW.minusSeconds(864000), NOW.minusSeconds(600000), NOW));
    assertThat(text.subject()).isEqualTo("Complaint CMP-2026-0001 recorded late — Demo");
    assertThat(text.textBody()).contains("https://wso.example.invalid/oversight.html");
  }

  @Test
  void aSubjectLineIsOneLine() {
    MailText text = templates.taskOffered(new MailTemplates.TaskFacts("t", "A\r\nBcc: x@y.invalid", null, null), NOW);
    assertThat(text.subject()).doesNotContain("\n").doesNotContain("\r");
  }
}
