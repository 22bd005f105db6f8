-- Local replicas of identity and org facts, fed by their topics: activity-service validates against them
-- without calling another service.
create table volunteer_replica (
    id               uuid primary key,
    region           varchar(5)  not null,
    birth_year       int         not null,
    adult_on         date,                -- set only for volunteers registered under 18
    status           varchar(10) not null,
    guardian_consent boolean     not null
);

create table organization_replica (
    id     uuid primary key,
    region varchar(5)  not null,
    status varchar(25) not null
);

create table project_replica (
    id                uuid primary key,
    organization_id   uuid        not null,
    category          varchar(20) not null,
    program_code      varchar(64),
    regions           varchar(200) not null,
    start_date        date        not null,
    end_date          date,
    minors_allowed    boolean     not null,
    max_hours_per_day int         not null,
    closed_at         timestamptz
);

create table activity (
    id              uuid primary key,
    volunteer_id    uuid          not null,
    organization_id uuid          not null,
    project_id      uuid          not null,
    program_code    varchar(64),
    category        varchar(20)   not null,
    region          varchar(5)    not null,
    started_at      timestamptz   not null,
    ended_at        timestamptz   not null,
    hours           numeric(5, 2) not null,
    description     varchar(2000) not null,
    evidence_url    varchar(500),
    method          varchar(12)   not null,
    status          varchar(10)   not null,
    submitted_by    varchar(64)   not null,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    version         int           not null default 0
);
create index activity_volunteer_time on activity (volunteer_id, started_at, ended_at);
create index activity_organization_status on activity (organization_id, status);
create index activity_project on activity (project_id);

-- Every status change: who, when, why. Activities are never edited, only moved along the workflow.
create table activity_transition (
    id          uuid primary key,
    activity_id uuid         not null references activity (id),
    from_status varchar(10),
    to_status   varchar(10)  not null,
    reason      varchar(1000),
    actor       varchar(64)  not null,
    at          timestamptz  not null
);
create index activity_transition_activity on activity_transition (activity_id, at);

-- Attendance: a check-in waiting for its check-out.
create table attendance (
    id            uuid primary key,
    project_id    uuid        not null,
    volunteer_id  uuid        not null,
    checked_in_at timestamptz not null,
    checked_in_by varchar(64) not null,
    closed_at     timestamptz,
    outcome       varchar(12),           -- CHECKED_OUT or EXPIRED
    activity_id   uuid
);
create unique index attendance_open on attendance (project_id, volunteer_id) where closed_at is null;
