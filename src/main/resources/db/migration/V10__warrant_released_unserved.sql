-- Rule 12: a warrant no WSO served within the service window ends as RELEASED_UNSERVED, on the
-- warrant and on its outcome; both columns were sized for the shorter names before.
alter table warrant alter column status set data type varchar(20);
alter table custody_outcome alter column outcome set data type varchar(20);
