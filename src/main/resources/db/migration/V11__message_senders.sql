-- Rule 14: each message a party sends is recorded with who sent it and when.
alter table moa add column notice_given_by varchar(64);
alter table warrant add column rescheduled_by varchar(64);
alter table warrant add column rescheduled_at timestamp(6) with time zone;
