-- When a complaint last changed, for Open311's updated_datetime and the updated_after sync of connected systems
-- (issue 16). A trigger keeps it, so no write path (the entity, plain SQL, the demo generator) can forget it.
alter table complaint add column updated_at timestamptz;
update complaint set updated_at = greatest(submitted_at, routed_at, responded_at, rated_at);
alter table complaint alter column updated_at set not null;

create function complaint_touch() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        new.updated_at := coalesce(new.updated_at, new.submitted_at);
    else
        -- Never before its filing: a test or import may file with a clock ahead of the database's.
        new.updated_at := greatest(now(), new.submitted_at);
    end if;
    return new;
end $$;

create trigger complaint_touch before insert or update on complaint
    for each row execute function complaint_touch();

-- Open311's public reads: neither confidential nor anonymous complaints leave through them.
create index complaint_open311_updated_idx on complaint (updated_at, id) where not confidential and not anonymous;
create index complaint_open311_filed_idx on complaint (submitted_at desc, id) where not confidential and not anonymous;
