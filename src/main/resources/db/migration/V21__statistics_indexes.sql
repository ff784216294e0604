-- Program statistics at the sizing target (5,000 agreements, 50,000 officers, 1,000,000 warrant services:
-- org.wso287g.benchmark.StatisticsData), as GET /api/statistics reads them (ProgramStatistics,
-- FindingsAndComplaints).

-- Officers in force on a day: per agency holding an agreement in force, its credentials issued before the
-- day's end and not ended by then. With the status in the index, PostgreSQL reads them from the index alone
-- (an index-only scan); it replaces V4's index, of which it is an extension.
create index ix_credential_agency_issued_ended_status on credential (agency_id, issued_at, ended_at, status);
drop index ix_credential_agency_issued_ended;

-- Complaints received in a fiscal year: a range of received_at, instead of every complaint on record.
create index ix_complaint_received on complaint (received_at);

-- Reviews due in a fiscal year: a range of due_on, instead of every review of the model's agreements.
create index ix_oversight_review_due on oversight_review (due_on, moa_id);
