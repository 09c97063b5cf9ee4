-- The ranking method as data (docs/0043): one row per version. A published version never changes; at most one draft,
-- which the national admin edits and publishes (audited).
create table eval_method (
    version        int         primary key,
    weights        jsonb       not null, -- indicator key -> whole-number weight, summing to 100
    minimum_volume int         not null check (minimum_volume >= 10),
    large_from     int         not null,
    medium_from    int         not null check (medium_from > 0 and medium_from < large_from),
    very_good_from int         not null,
    good_from      int         not null,
    fair_from      int         not null check (fair_from > 0 and fair_from < good_from and good_from < very_good_from
                                               and very_good_from <= 100),
    note           text        not null default '',
    published_at   timestamptz,
    published_by   varchar(200)
);
create unique index eval_method_one_draft on eval_method ((published_at is null)) where published_at is null;

-- The first method, published with the portal. Weights: timeliness half, what citizens confirm the other half.
insert into eval_method (version, weights, minimum_volume, large_from, medium_from, very_good_from, good_from,
                         fair_from, note, published_at, published_by)
values (1, '{"followUpInTime": 25, "responseInTime": 25, "confirmedByReporter": 20, "satisfaction": 15,
             "notReopened": 10, "notAppealed": 5}',
        30, 1000, 100, 85, 70, 50, 'Metode pertama / first method', timestamptz '2026-01-01 00:00:00+07', 'SP4N');

-- A ranking of one period with one method version: the counts it was computed from and the result, kept so that a
-- past ranking reads the same whatever the method became.
create table eval_ranking (
    id             bigserial   primary key,
    period         varchar(7)  not null, -- 2026 or 2026-Q3
    method_version int         not null references eval_method,
    computed_at    timestamptz not null,
    final          boolean     not null, -- computed after the period ended
    unique (period, method_version)
);

create table eval_ranking_row (
    ranking_id  bigint       not null references eval_ranking on delete cascade,
    agency_code varchar(80)  not null,
    agency_name varchar(300) not null,
    body_class  varchar(20)  not null,
    peer_group  varchar(10)  not null,
    counts      jsonb        not null,
    score       numeric(5, 2),
    rank        int,
    primary key (ranking_id, agency_code)
);
create index eval_ranking_row_order_idx on eval_ranking_row (ranking_id, body_class, peer_group, rank);
