-- Oversight, complete: reviews on a fixed yearly schedule and findings with consequences.
-- due_on: the day the review was due (the field office's zone); the next annual review is due one
-- interval after it, however late this one was done. Empty for reviews recorded before this release.
-- A finding not corrected: compliant = false and corrected_at is null.
alter table oversight_review add column due_on date;
alter table oversight_review add column corrective_actions varchar(4000);
alter table oversight_review add column correction_due_on date;
-- What the Field Office Director found when verifying the correction (the last verification).
alter table oversight_review add column correction_findings varchar(4000);
alter table oversight_review add column corrected_at timestamp(6) with time zone;
alter table oversight_review add column correction_verified_by varchar(64);
-- EXTEND or GIVE_NOTICE: headquarters' last decision on a finding not corrected.
alter table oversight_review add column non_compliance_decision varchar(11);
create index ix_oversight_review_moa on oversight_review (moa_id, id);
