-- Oversight, complete: a credential may be SUSPENDED (an officer pending a complaint, or every
-- credential of an agency whose MOA is suspended) and reinstated, or end as DEPARTED; a credential
-- that ended is ICE property and waits for its return to the field office.
alter table credential add column suspended_at timestamp(6) with time zone;
alter table credential add column suspension_reason varchar(4000);
alter table credential add column suspended_with_agreement boolean default false not null;
alter table credential add column returned_on date;
alter table credential add column return_recorded_by varchar(64);
create index ix_credential_status_returned on credential (status, returned_on);
