package org.wso287g.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wso287g.notification.domain.Outbox;
import org.wso287g.notification.domain.OutgoingMail;

/**
 * An outbox in memory for tests: keeps what was enqueued, once per key as the real one does. (It does
 * not take part in the transaction: a test that rolls back a step checks the real outbox.)
 */
public class RecordingOutbox implements Outbox {

  private final Map<String, OutgoingMail> mails = new LinkedHashMap<>();

  @Override
  public synchronized boolean enqueue(OutgoingMail mail) {
    return mails.putIfAbsent(mail.dedupeKey(), mail) == null;
  }

  public synchronized List<OutgoingMail> all() {
    return new ArrayList<>(mails.values());
  }

  public synchronized List<OutgoingMail> to(String recipient) {
    return mails.values().stream().filter(m -> m.recipient().equals(recipient)).toList();
  }

  public synchronized void clear() {
    mails.clear();
  }
}
