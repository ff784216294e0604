-- Warrants served per state and UTC day, kept in the transaction that records each service
-- (org.wso287g.statistics.domain.WarrantsServedTally). The statistics read this table instead of
-- counting warrant_service: a fiscal year is about 365 rows per state whatever the number of
-- services (1,000,000 in StatisticsBenchmark).
create table warrants_served_daily (
    state      varchar(2) not null,
    served_on  date       not null,
    services   bigint     not null,
    primary key (state, served_on)
);
create index ix_warrants_served_daily_day on warrants_served_daily (served_on, state, services);

-- The services recorded before this table existed.
insert into warrants_served_daily (state, served_on, services)
select a.state, cast(s.served_at at time zone 'UTC' as date), count(*)
from warrant_service s
join warrant w on w.id = s.warrant_id
join agency a on a.id = w.agency_id
group by a.state, cast(s.served_at at time zone 'UTC' as date);
