-- How many complaints each agency holds in each state, and the whole country in each state, kept exact by a
-- trigger in the same transaction as the change. The inbox shows counts per state on every page; counting the
-- national desk's million rows each time took 270 ms, summing one agency's rows or the country's stripes well
-- under one.
create table inbox_count (
    agency_code varchar(80) not null,
    status      varchar(16) not null,
    complaints  bigint      not null,
    primary key (agency_code, status)
);

insert into inbox_count (agency_code, status, complaints)
select current_agency_code, status, count(*) from complaint where current_agency_code is not null
 group by current_agency_code, status;

-- The country's totals are striped by database session, so that concurrent routing transactions do not all
-- queue on one row per state; the total of a state is the sum of its stripes (a stripe may go negative).
create table inbox_total (
    status      varchar(16) not null,
    stripe      int         not null,
    complaints  bigint      not null,
    primary key (status, stripe)
);

insert into inbox_total (status, stripe, complaints)
select status, 0, count(*) from complaint where current_agency_code is not null group by status;

create function inbox_count_track() returns trigger language plpgsql as $$
declare
    old_key text := case when tg_op <> 'INSERT' and old.current_agency_code is not null
                         then old.current_agency_code || '|' || old.status end;
    new_key text := case when tg_op <> 'DELETE' and new.current_agency_code is not null
                         then new.current_agency_code || '|' || new.status end;
    old_status text := case when old_key is not null then old.status end;
    new_status text := case when new_key is not null then new.status end;
begin
    if old_key is not distinct from new_key then
        return null;
    end if;
    -- Both rows in one statement, in key order, so that two transactions moving complaints between the same
    -- two counts in opposite directions lock them in the same order (no deadlock).
    insert into inbox_count (agency_code, status, complaints)
    select split_part(k.key, '|', 1), split_part(k.key, '|', 2), k.delta
      from (values (old_key, -1), (new_key, 1)) as k (key, delta)
     where k.key is not null
     order by k.key
    on conflict (agency_code, status) do update set complaints = inbox_count.complaints + excluded.complaints;
    if old_status is distinct from new_status then
        insert into inbox_total (status, stripe, complaints)
        select t.status, pg_backend_pid() % 16, t.delta
          from (values (old_status, -1), (new_status, 1)) as t (status, delta)
         where t.status is not null
         order by t.status
        on conflict (status, stripe) do update set complaints = inbox_total.complaints + excluded.complaints;
    end if;
    return null;
end
$$;

create trigger complaint_inbox_count
    after insert or delete or update of current_agency_code, status on complaint
    for each row execute function inbox_count_track();
