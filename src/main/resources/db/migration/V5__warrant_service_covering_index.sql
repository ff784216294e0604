-- The fiscal-year count of warrants served reads a range of served_at and joins each service to its
-- warrant: with the warrant id in the index, the range is read from the index alone (benchmark:
-- StatisticsBenchmark).
create index ix_warrant_service_served_warrant on warrant_service (served_at, warrant_id);
