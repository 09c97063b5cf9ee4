-- The yearly competition (Kompetisi Pengelolaan Pengaduan Pelayanan Publik, docs/0047): rounds, entries, the
-- entrants' self-assessment with evidence, the evaluators' scores, and the published result.
create table competition_round (
    id                 bigint generated always as identity primary key,
    year               int          not null unique check (year between 2018 and 2100),
    name               varchar(150) not null,
    -- BodyClass names the round is open to
    classes            varchar(24)[] not null check (cardinality(classes) > 0),
    registration_until date         not null,
    assessment_until   date         not null check (assessment_until >= registration_until),
    status             varchar(12)  not null default 'OPEN' check (status in ('OPEN', 'EVALUATION', 'PUBLISHED')),
    opened_at          timestamptz  not null,
    published_at       timestamptz,
    version            bigint       not null default 0
);

create table competition_entry (
    id            bigint generated always as identity primary key,
    round_id      bigint      not null references competition_round (id),
    agency_code   varchar(80) not null,
    body_class    varchar(24) not null,
    registered_at timestamptz not null,
    submitted_at  timestamptz,
    -- set when the round is published: the weighted score and the rank within the class
    final_score   numeric(5, 2),
    rank          int,
    unique (round_id, agency_code)
);

create table competition_answer (
    entry_id   bigint       not null references competition_entry (id),
    criterion  varchar(24)  not null,
    self_score int          check (self_score between 0 and 100),
    narrative  varchar(4000) not null,
    updated_at timestamptz  not null,
    primary key (entry_id, criterion)
);

create table competition_evidence (
    id          bigint generated always as identity primary key,
    entry_id    bigint       not null references competition_entry (id),
    criterion   varchar(24)  not null,
    file_name   varchar(200) not null,
    size_bytes  int          not null,
    sha256      varchar(64)  not null,
    content     bytea        not null,
    uploaded_at timestamptz  not null
);
create index competition_evidence_entry_idx on competition_evidence (entry_id);

create table competition_score (
    entry_id             bigint       not null references competition_entry (id),
    criterion            varchar(24)  not null,
    evaluator_account_id bigint       not null,
    evaluator_name       varchar(120) not null,
    score                int          not null check (score between 0 and 100),
    comment              varchar(2000) not null,
    scored_at            timestamptz  not null,
    primary key (entry_id, criterion, evaluator_account_id)
);
