-- Volunteers. The IIN is stored only encrypted (AES-GCM, with the key version) and found through an
-- HMAC-SHA256 blind index whose secret lives outside the database.
create table volunteer (
    id                     uuid primary key,
    iin_cipher             text         not null,
    iin_key_version        int          not null,
    iin_index              char(64)     not null unique,
    first_name             varchar(100) not null,
    last_name              varchar(100) not null,
    middle_name            varchar(100),
    region                 varchar(5)   not null,
    birth_date             date         not null,
    sex                    varchar(6)   not null,
    email                  varchar(254),
    phone                  varchar(12),
    skills                 varchar(1300) not null default '',
    languages              varchar(200) not null default '',
    status                 varchar(10)  not null,
    partner_sharing        boolean      not null default false,
    consent_version        varchar(40)  not null,
    consented_at           timestamptz  not null,
    guardian_iin_cipher    text,
    guardian_iin_key_version int,
    guardian_full_name     varchar(200),
    guardian_phone         varchar(12),
    guardian_consented_at  timestamptz,
    registered_by          varchar(64)  not null,
    created_at             timestamptz  not null,
    updated_at             timestamptz  not null,
    version                int          not null default 0
);
create index volunteer_region_status on volunteer (region, status);
create index volunteer_last_name on volunteer (lower(last_name) text_pattern_ops);

-- Every status decision: who, when, why.
create table volunteer_status_change (
    id           uuid primary key,
    volunteer_id uuid        not null references volunteer (id),
    from_status  varchar(10) not null,
    to_status    varchar(10) not null,
    reason       varchar(500) not null,
    changed_by   varchar(64) not null,
    changed_at   timestamptz not null
);
create index volunteer_status_change_volunteer on volunteer_status_change (volunteer_id, changed_at);

-- Accounts that log in with a password. Volunteers log in with their IIN, kept here only as its blind index.
create table account (
    id              uuid primary key,
    username        varchar(100) not null unique,
    password_hash   varchar(100) not null,
    role            varchar(20)  not null,
    region          varchar(5),
    organization_id uuid,
    volunteer_id    uuid references volunteer (id),
    failed_attempts int          not null default 0,
    locked_until    timestamptz,
    created_by      varchar(64)  not null,
    created_at      timestamptz  not null,
    version         int          not null default 0
);

-- Partner systems (client_credentials).
create table partner_client (
    id          uuid primary key,
    client_id   varchar(64)  not null unique,
    secret_hash varchar(100) not null,
    name        varchar(200) not null,
    scopes      varchar(500) not null,
    created_by  varchar(64)  not null,
    created_at  timestamptz  not null
);

-- Organizations as org-service announces them: only what account rules need.
create table organization_ref (
    id     uuid primary key,
    region varchar(5)  not null,
    status varchar(25) not null
);
