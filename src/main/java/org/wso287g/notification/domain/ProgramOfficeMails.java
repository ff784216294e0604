package org.wso287g.notification.domain;

import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.wso287g.complaint.domain.Complaint;
import org.wso287g.complaint.domain.ComplaintRecordedLate;
import org.wso287g.complaint.domain.ComplaintRepository;
import org.wso287g.identity.ProgramGroups;
import org.wso287g.warrant.domain.ServiceRecord;
import org.wso287g.warrant.domain.ServiceRecordRepository;
import org.wso287g.warrant.domain.Warrant;
import org.wso287g.warrant.domain.WarrantRepository;
import org.wso287g.warrant.domain.WarrantServed;

/**
 * ICE's offices told at once, inside the transaction of the step that causes it: the field office's
 * ERO officers ({@code fo-{fo}-ero}) on a warrant served, a citizenship claim made at service
 * included; headquarters ({@code hq-287g}) on a complaint recorded late. One message per member with
 * an e-mail. (Headquarters hears of an overdue review as the review task is offered to it: see the
 * task messages.)
 */
@Component
@RequiredArgsConstructor
public class ProgramOfficeMails {

  private final WarrantRepository warrants;
  private final ServiceRecordRepository services;
  private final ComplaintRepository complaints;
  private final Members members;
  private final MailTemplates templates;
  private final Outbox outbox;

  @EventListener
  public void on(WarrantServed served) {
    Warrant warrant = warrants.findByNumber(served.warrantNumber()).orElseThrow();
    boolean claimed = services.findByWarrant(warrant).map(ServiceRecord::isCitizenshipClaimed).orElse(false);
    MailText text = templates.warrantServed(new MailTemplates.WarrantFacts(warrant.getNumber(), warrant.getType(),
        warrant.getAgency().getName(), warrant.getFacilityName(), served.servedAt(), claimed,
        warrant.getSubjectName(), warrant.getSubjectBookingNumber()));
    for (Person ero : Recipients.of(members.of(ProgramGroups.fieldOfficeEro(served.fieldOfficeCode())))) {
      outbox.enqueue(text.to("warrant-served:" + warrant.getNumber() + ":" + ero.userId(), ero.email()));
    }
  }

  @EventListener
  public void on(ComplaintRecordedLate late) {
    Complaint complaint = complaints.findWithAgencyByNumber(late.complaintNumber()).orElseThrow();
    MailText text = templates.complaintRecordedLate(new MailTemplates.ComplaintFacts(complaint.getNumber(),
        complaint.getAgency().getName(), complaint.getAgency().getFieldOfficeCode(), complaint.getReceivedAt(),
        complaint.getNoticeDueAt(), complaint.getRecordedAt()));
    for (Person hq : Recipients.of(members.of(ProgramGroups.HQ))) {
      outbox.enqueue(text.to("complaint-late:" + complaint.getNumber() + ":" + hq.userId(), hq.email()));
    }
  }
}
