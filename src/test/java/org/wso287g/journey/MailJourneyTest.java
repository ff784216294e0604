package org.wso287g.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wso287g.notification.mail.OutboxSender;
import org.wso287g.testing.LocalSmtp;

/**
 * What arrives at a real SMTP server in the JVM (GreenMail) when the demo agency's letter of interest
 * goes through review with the real outbox and its sender: the reviewers are told of the new task,
 * with its Tasklist link, once each; the agency's contact is told of the decision; headquarters is
 * told of the next task; each message has a plain-text and an HTML part.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:mail-journey;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    "camunda.bpm.job-execution.enabled=false",
    "wso.mail.host=127.0.0.1",
    "wso.mail.from=wso-287g@program.example",
    "wso.mail.public-url=https://wso.example",
    "wso.mail.send-interval=PT1H"})
@DirtiesContext
class MailJourneyTest {

  static final int SMTP_PORT = LocalSmtp.freePort();
  static final GreenMail smtp = LocalSmtp.start(SMTP_PORT);

  @Autowired DemoUsers users;
  @Autowired OutboxSender sender;

  @DynamicPropertySource
  static void smtpPort(DynamicPropertyRegistry registry) {
    registry.add("wso.mail.port", () -> SMTP_PORT);
  }

  @AfterAll
  static void stop() {
    smtp.stop();
  }

  @Test
  void aLetterThroughReviewTellsTheReviewersTheAgencyAndHeadquartersOnceEach() throws Exception {
    String number = users.start("nol.director", "wsoParticipation", DemoUsers.letterOfInterest()).getBusinessKey();
    sender.sendDue();

    List<MimeMessage> review = to("nol.director@demo.invalid");
    assertThat(review).hasSize(1);
    assertThat(review.get(0).getSubject()).isEqualTo("New task: Review request — Demo Parish Sheriff's Office (" + number + ")");
    String text = GreenMailUtil.getBody(review.get(0));
    assertThat(text).contains("https://wso.example/camunda/app/tasklist/default/#/?task=").contains("text/html");
    assertThat(to("hq.analyst@demo.invalid")).extracting(MimeMessage::getSubject).containsExactly(review.get(0).getSubject());
    assertThat(to("demo.sheriff@demo.invalid")).as("the agency does not see ICE's review").isEmpty();

    users.complete("nol.director", users.task("nol.director", "userTask_reviewRequest"), Map.of("reviewDecision", "APPROVED"));
    sender.sendDue();
    sender.sendDue();

    assertThat(to("chief@demo-parish.invalid")).extracting(MimeMessage::getSubject)
        .containsExactly("Application " + number + " — approved");
    assertThat(to("hq.analyst@demo.invalid")).extracting(MimeMessage::getSubject)
        .containsExactly(review.get(0).getSubject(), "New task: Prepare MOA — Demo Parish Sheriff's Office (" + number + ")");
    assertThat(to("nol.director@demo.invalid")).as("told once, whatever the rounds").hasSize(1);
    assertThat(Arrays.stream(smtp.getReceivedMessages()).map(m -> from(m))).containsOnly("wso-287g@program.example");
  }

  private static List<MimeMessage> to(String address) {
    return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
      try {
        return Arrays.stream(m.getRecipients(RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  private static String from(MimeMessage message) {
    try {
      return message.getFrom()[0].toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

}
