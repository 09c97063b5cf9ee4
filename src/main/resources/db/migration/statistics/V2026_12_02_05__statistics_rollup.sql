-- The roll-up the pages read (docs/0041): per tree node, per filing day (Western Indonesia Time) and per
-- confidentiality, how many complaints count towards each measure — for the node alone (subtree = false) and for
-- the node with everything below it (subtree = true). Kept by deltas in the applying batch (Rollup), so a view of a
-- year reads at most 732 rows of one node, however many complaints the nation holds.
create table stat_rollup (
    node_code    varchar(80) not null,
    subtree      boolean     not null,
    day          date        not null,
    confidential boolean     not null,
    -- measure key -> count; a key at zero is dropped, so a row holds only what some complaint counts towards
    counts       jsonb       not null,
    primary key (node_code, subtree, day, confidential)
);
-- A delta can bring a row back to nothing; those are found here and deleted in the same batch.
create index stat_rollup_empty_idx on stat_rollup (node_code) where counts = '{}'::jsonb;

-- Every agency with itself and its ancestors, as the statistics last saw the agency tree: which subtree rows a
-- complaint held by the agency counts in. A change of the tree moves the contributions of the agencies it moved.
create table stat_agency_ancestor (
    agency_code varchar(80) not null,
    node_code   varchar(80) not null,
    primary key (agency_code, node_code)
);

-- Which definition of the measures the roll-up was built with: when the code defines them differently, the roll-up
-- is built again from the record.
create table stat_rollup_state (
    id          int  primary key check (id = 1),
    definitions text not null
);

-- Adds two count maps key by key, dropping keys that reach zero (a delta subtracts a complaint's old contribution).
create function stat_add(a jsonb, b jsonb) returns jsonb language sql immutable parallel safe as $$
    select coalesce(jsonb_object_agg(key, total), '{}'::jsonb)
      from (select key, sum(value::bigint) as total
              from (select * from jsonb_each_text(a) union all select * from jsonb_each_text(b)) both_maps
             group by key) sums
     where total <> 0
$$;
