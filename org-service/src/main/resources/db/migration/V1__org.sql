create table organization (
    id            uuid primary key,
    bin           char(12)     not null unique,
    name_kk       varchar(300),
    name_ru       varchar(300),
    legal_form    varchar(100) not null,
    kind          varchar(20)  not null,
    region        varchar(5)   not null,
    address       varchar(500) not null,
    contact_email varchar(254) not null,
    contact_phone varchar(12)  not null,
    status        varchar(25)  not null,
    registered_by varchar(64)  not null,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    version       int          not null default 0,
    constraint organization_has_a_name check (name_kk is not null or name_ru is not null)
);
create index organization_region_status on organization (region, status);
create index organization_name on organization (lower(coalesce(name_kk, name_ru)) text_pattern_ops);

-- Every verification, rejection, suspension and reinstatement: who, when, why.
create table organization_decision (
    id              uuid primary key,
    organization_id uuid         not null references organization (id),
    decision        varchar(20)  not null,
    reason          varchar(1000),
    decided_by      varchar(64)  not null,
    decided_at      timestamptz  not null
);
create index organization_decision_organization on organization_decision (organization_id, decided_at);

create table program (
    code       varchar(64)  primary key,
    name_kk    varchar(300) not null,
    name_ru    varchar(300) not null,
    name_en    varchar(300) not null,
    category   varchar(20)  not null,
    created_at timestamptz  not null default now()
);

-- The national programmes, present from the first start.
insert into program (code, name_kk, name_ru, name_en, category) values
    ('ZHAS_AGASH', 'Жас ағаш', 'Жас ағаш (Молодое дерево)', 'Zhas Agash (Young Tree)', 'ECOLOGY'),
    ('EKO_BAKYLAU', 'Эко бақылау', 'Эко бақылау (Экоконтроль)', 'Eko Bakylau (Eco Monitoring)', 'ECOLOGY'),
    ('BILIM_VOLUNTEERS', 'Білім волонтерлері', 'Волонтёры знаний', 'Education Volunteers', 'EDUCATION');

create table project (
    id                uuid primary key,
    organization_id   uuid         not null references organization (id),
    name              varchar(300) not null,
    description       varchar(5000) not null,
    category          varchar(20)  not null,
    program_code      varchar(64)  references program (code),
    regions           varchar(200) not null,
    start_date        date         not null,
    end_date          date,
    minors_allowed    boolean      not null,
    max_hours_per_day int          not null,
    status            varchar(10)  not null,
    closed_at         timestamptz,
    created_by        varchar(64)  not null,
    created_at        timestamptz  not null,
    version           int          not null default 0
);
create index project_organization on project (organization_id);
create index project_category_status on project (category, status);
