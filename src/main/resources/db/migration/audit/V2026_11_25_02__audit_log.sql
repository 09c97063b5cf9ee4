-- Append-only: the application only inserts; a trigger refuses updates and deletes.
create table audit_log (
    id              bigint generated always as identity primary key,
    at              timestamptz  not null,
    actor_account_id bigint,
    actor_name      varchar(254) not null,
    action          varchar(60)  not null,
    object_type     varchar(40)  not null,
    object_id       varchar(80)  not null,
    before_state    jsonb,
    after_state     jsonb
);

create index audit_log_object_idx on audit_log (object_type, object_id, at desc);
create index audit_log_at_idx on audit_log (at desc);

create function audit_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only';
end $$;

create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function audit_log_append_only();
