package org.wso287g.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.wso287g.notification.domain.Outbox;
import org.wso287g.notification.domain.OutgoingMail;

/**
 * An outbox in memory for tests, with the real one's promises: once per key, and kept only when the
 * caller's transaction commits (a refused step leaves no message).
 */
public class RecordingOutbox implements Outbox {

  private final Map<String, OutgoingMail> mails = new LinkedHashMap<>();

  @Override
  public synchronized boolean enqueue(OutgoingMail mail) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return mails.putIfAbsent(mail.dedupeKey(), mail) == null;
    }
    String resource = RecordingOutbox.class.getName() + "@" + System.identityHashCode(this);
    @SuppressWarnings("unchecked")
    Map<String, OutgoingMail> staged = (Map<String, OutgoingMail>) TransactionSynchronizationManager.getResource(resource);
    if (staged == null) {
      Map<String, OutgoingMail> pending = new LinkedHashMap<>();
      TransactionSynchronizationManager.bindResource(resource, pending);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(resource);
          if (status == STATUS_COMMITTED) {
            synchronized (RecordingOutbox.this) {
              pending.forEach(mails::putIfAbsent);
            }
          }
        }
      });
      staged = pending;
    }
    if (mails.containsKey(mail.dedupeKey()) || staged.containsKey(mail.dedupeKey())) {
      return false;
    }
    staged.put(mail.dedupeKey(), mail);
    return true;
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
