-- ShedLock: which instance runs a scheduled job now (the deadline sweep runs on one instance at a time).
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null
);
