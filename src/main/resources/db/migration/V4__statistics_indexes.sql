-- Program statistics ("by the numbers", org.wso287g.statistics): the agreements of a model in force
-- on a day, the credentials in force at the end of a day, the warrants served in a period.
-- warrant_service (served_at) is indexed since V2 (ix_warrant_service_served_at).

create index ix_moa_model_effective_ended on moa (model, effective_on, ended_on);
create index ix_credential_agency_issued_ended on credential (agency_id, issued_at, ended_at);
