-- The hierarchy of government bodies. `path` is a materialized path of ids (ltree) kept by triggers,
-- so ancestors (path @> x), subtrees (path <@ x) and subtree counts are single GiST-indexed queries.
create extension if not exists ltree;
create extension if not exists pg_trgm;

create table unit_kind (
    code    varchar(30)  primary key,
    tiers   varchar(30)  not null,
    name_id varchar(200) not null,
    name_en varchar(200) not null
);

create table agency (
    id          bigint generated always as identity primary key,
    code        varchar(80)  not null unique,
    name        varchar(200) not null,
    kind        varchar(40)  not null,
    tier        varchar(16)  not null check (tier in ('CENTRAL', 'PROVINCE', 'REGENCY', 'UNIT')),
    parent_id   bigint       references agency (id),
    region_code varchar(13)  references region (code),
    path        ltree        not null,
    active      boolean      not null default true,
    version     bigint       not null default 0,
    constraint agency_code_format check (code ~ '^[a-z0-9][a-z0-9.-]*(/[A-Z0-9-]+)?$')
);

create index agency_path_gist on agency using gist (path);
create index agency_parent_idx on agency (parent_id);
create index agency_tier_idx on agency (tier, name);
-- fastupdate off: the table changes rarely, and a GIN pending list would make every search scan it.
create index agency_name_trgm on agency using gin (name gin_trgm_ops) with (fastupdate = off);
create index agency_code_trgm on agency using gin (code gin_trgm_ops) with (fastupdate = off);

create function agency_set_path() returns trigger language plpgsql as $$
declare
    parent_path ltree;
begin
    if new.parent_id is null then
        new.path := text2ltree(new.id::text);
        return new;
    end if;
    select path into parent_path from agency where id = new.parent_id;
    if parent_path is null then
        raise exception 'parent agency % does not exist', new.parent_id using errcode = 'foreign_key_violation';
    end if;
    if tg_op = 'UPDATE' and parent_path <@ old.path then
        raise exception 'agency % cannot move under its own subtree', new.code using errcode = 'check_violation';
    end if;
    new.path := parent_path || text2ltree(new.id::text);
    return new;
end
$$;

create trigger agency_path_on_write
    before insert or update of parent_id on agency
    for each row execute function agency_set_path();

-- A moved agency carries its whole subtree along.
create function agency_move_subtree() returns trigger language plpgsql as $$
begin
    update agency set path = new.path || subpath(path, nlevel(old.path))
     where path <@ old.path and id <> new.id;
    return null;
end
$$;

create trigger agency_subtree_on_move
    after update of parent_id on agency
    for each row when (old.path is distinct from new.path)
    execute function agency_move_subtree();
