-- Rule 11: "today", "not in the future" and the statistics' calendar days are judged in the time zone
-- of the agency's field office, not the server's. Each office works in the zone of its seat city; a
-- sub-office far from the seat (SFR's Guam and Saipan office, and the other offshore ones) works in
-- its own, for the agencies of the states it serves. org.wso287g.fieldoffice.FieldOffice#zoneFor and
-- the view agency_time_zone read these two tables the same way.
alter table field_office add column time_zone varchar(40);

update field_office set time_zone = 'America/New_York'
 where code in ('ATL', 'BAL', 'BOS', 'BUF', 'DET', 'MIA', 'NEW', 'NYC', 'PHI', 'WAS');
update field_office set time_zone = 'America/Chicago'
 where code in ('CHI', 'DAL', 'HLG', 'HOU', 'NOL', 'SNA', 'SPM');
update field_office set time_zone = 'America/Denver'  where code in ('DEN', 'ELP', 'SLC');
update field_office set time_zone = 'America/Phoenix' where code = 'PHO';
update field_office set time_zone = 'America/Los_Angeles' where code in ('LOS', 'SEA', 'SFR', 'SND');

alter table field_office alter column time_zone set not null;

-- A state served from a sub-office in another zone than the field office's seat.
create table field_office_state_zone (
    field_office_code varchar(3)  not null references field_office (code),
    state             varchar(2)  not null,
    time_zone         varchar(40) not null,
    primary key (field_office_code, state)
);
insert into field_office_state_zone (field_office_code, state, time_zone) values
 ('SFR', 'GU', 'Pacific/Guam'),
 ('SFR', 'MP', 'Pacific/Guam'),
 ('SFR', 'HI', 'Pacific/Honolulu'),
 ('SFR', 'AS', 'Pacific/Pago_Pago'),
 ('SEA', 'AK', 'America/Anchorage'),
 ('MIA', 'PR', 'America/Puerto_Rico'),
 ('MIA', 'VI', 'America/Puerto_Rico');

-- The zone each agency's days are counted in, for the statistics' SQL.
create view agency_time_zone as
select a.id as agency_id, coalesce(z.time_zone, f.time_zone) as time_zone
from agency a
join field_office f on f.code = a.field_office_code
left join field_office_state_zone z on z.field_office_code = a.field_office_code and z.state = a.state;

-- The warrants-served tally was kept per UTC day: recount it per local day of the agency's field office.
-- The local calendar day of a timestamp is taken through to_char: H2 casts a timestamp with time zone
-- to a date in the session's zone, whatever zone the value was moved to.
delete from warrants_served_daily;
insert into warrants_served_daily (state, served_on, services)
select a.state, cast(to_char(s.served_at at time zone t.time_zone, 'YYYY-MM-DD') as date), count(*)
from warrant_service s
join warrant w on w.id = s.warrant_id
join agency a on a.id = w.agency_id
join agency_time_zone t on t.agency_id = a.id
group by a.state, cast(to_char(s.served_at at time zone t.time_zone, 'YYYY-MM-DD') as date);
