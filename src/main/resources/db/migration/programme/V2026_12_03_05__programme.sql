-- National priority programmes (docs/0045). Their complaints are tagged in the statistics module
-- ('programme:<code>' in stat_complaint_tag); this table holds only what a programme is.
create table programme (
    code           varchar(40)    primary key check (code ~ '^[a-z0-9-]{1,40}$'),
    name           varchar(150)   not null,
    name_en        varchar(150),
    summary        varchar(1000)  not null,
    category_codes varchar(64)[]  not null default '{}',
    keywords       varchar(60)[]  not null default '{}',
    starts_on      date           not null,
    ends_on        date           check (ends_on is null or ends_on >= starts_on),
    own_door       boolean        not null default false,
    version        bigint         not null default 0,
    updated_at     timestamptz    not null
);

-- The programmes KSP watches today (domain.md), with the categories the seed marks national priority.
insert into programme (code, name, name_en, summary, category_codes, keywords, starts_on, own_door, updated_at)
values ('stunting', 'Percepatan penurunan stunting', 'Stunting reduction',
        'Program nasional percepatan penurunan stunting (Perpres 72/2021): gizi balita dan ibu hamil, posyandu, pemberian makanan tambahan.',
        '{STUNTING}', '{stunting,tengkes,gizi buruk,balita kurang gizi}', '2021-08-05', true, now()),
       ('makan-bergizi-gratis', 'Makan Bergizi Gratis', 'Free nutritious meals',
        'Program Makan Bergizi Gratis bagi anak sekolah, balita, ibu hamil dan menyusui, dilaksanakan Badan Gizi Nasional melalui SPPG.',
        '{MAKAN-BERGIZI}', '{makan bergizi gratis,mbg,sppg}', '2025-01-06', true, now()),
       ('bansos', 'Bantuan sosial (PKH, sembako, PBI)', 'Social assistance (PKH, food aid, PBI)',
        'Bantuan sosial pusat: Program Keluarga Harapan, bantuan sembako/BPNT, dan penerima bantuan iuran jaminan kesehatan.',
        '{BANSOS-PUSAT}', '{pkh,bansos,bpnt,bantuan sosial,sembako}', '2020-01-01', false, now());
