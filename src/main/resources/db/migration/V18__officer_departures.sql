-- Process 6 (wsoOfficerDeparture): the agency's notice that an officer leaves. The credential keeps
-- the departure date and reason, when and by whom the notice was given, and whether it came less
-- than the notice period (wso.program.departure-notice-period, 90 days) before the departure: a
-- short notice is accepted and recorded as such. On the departure date the credential is DEPARTED
-- (status, ended_at, end_reason) and waits for its return (returned_on, return_recorded_by, V12).
alter table credential add column departure_on date;
alter table credential add column departure_reason varchar(2000);
alter table credential add column departure_notified_on date;
alter table credential add column departure_notified_by varchar(64);
alter table credential add column departure_notice_short boolean;
