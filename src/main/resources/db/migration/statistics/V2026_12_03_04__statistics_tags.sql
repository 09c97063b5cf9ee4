-- Named sets of complaints (a national priority programme: 'programme:stunting'), written through ComplaintTags by
-- the module that decides membership. Not derived from complaint events, so a rebuild of the record keeps it.
create table stat_complaint_tag (
    tag             varchar(60) not null,
    tracking_number varchar(12) not null,
    -- why it is in the set: INTAKE, VERIFICATION (the classification matched) or DOOR (filed through the set's door)
    source          varchar(16) not null check (source in ('INTAKE', 'VERIFICATION', 'DOOR')),
    tagged_at       timestamptz not null,
    primary key (tag, tracking_number)
);
create index stat_complaint_tag_number_idx on stat_complaint_tag (tracking_number);
