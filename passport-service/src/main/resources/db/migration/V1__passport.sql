-- The passport read model: one row per volunteer, read by primary key. No personal data is held here.
create table passport (
    volunteer_id        uuid primary key,
    passport_number     varchar(20)   not null unique,
    region              varchar(5),
    birth_year          int,
    status              varchar(10),
    partner_sharing     boolean       not null default false,
    total_hours         numeric(10, 2) not null default 0,
    verified_activities int           not null default 0,
    organizations       int           not null default 0,
    projects            int           not null default 0,
    hours_by_category   text          not null default '{}',
    hours_by_program    text          not null default '{}',
    hours_by_year       text          not null default '{}',
    hours_by_region     text          not null default '{}',
    first_activity_on   date,
    last_activity_on    date,
    level               varchar(40),
    badges              text          not null default '',
    updated_at          timestamptz   not null,
    last_event_id       uuid,
    last_event_type     varchar(200)
);
create index passport_region on passport (region);

-- Each activity's latest known status: the passport's figures are recomputed from these, so replays,
-- duplicates and revocations all lead to the same totals.
create table passport_activity (
    activity_id     uuid primary key,
    volunteer_id    uuid          not null,
    organization_id uuid          not null,
    project_id      uuid          not null,
    program_code    varchar(64),
    category        varchar(20)   not null,
    region          varchar(5)    not null,
    started_at      timestamptz   not null,
    ended_at        timestamptz   not null,
    hours           numeric(5, 2) not null,
    status          varchar(10)   not null,
    verified_at     timestamptz
);
create index passport_activity_volunteer on passport_activity (volunteer_id, started_at);
create index passport_activity_verified on passport_activity (status, verified_at);

-- Public names of organizations and projects, for the timeline.
create table organization_name (
    organization_id uuid primary key,
    name_kk         varchar(300),
    name_ru         varchar(300),
    region          varchar(5)  not null,
    status          varchar(25) not null
);

create table project_name (
    project_id      uuid primary key,
    organization_id uuid         not null,
    name            varchar(300) not null
);
