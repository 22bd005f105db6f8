-- Credentials issued (VC-JWT): what each claimed, its entry on the Bitstring Status List, and its revocation.
-- Not part of the projection: a rebuild leaves it alone.
create sequence credential_status_index minvalue 0 start with 0;

create table issued_credential (
    credential_id     uuid primary key,
    volunteer_id      uuid          not null,
    status_index      bigint        not null unique,
    total_hours       numeric(10, 2) not null,
    level             varchar(40),
    key_id            varchar(100)  not null,
    issued_at         timestamptz   not null,
    expires_at        timestamptz   not null,
    revoked_at        timestamptz,
    revocation_reason varchar(30)
);
create index issued_credential_volunteer on issued_credential (volunteer_id, issued_at);
create index issued_credential_revoked on issued_credential (status_index) where revoked_at is not null;

-- First letters of a holder's names, recorded when their credential or document is issued (with identity's
-- answer to the caller's token), for the public verification page. Nothing else personal is kept here.
create table holder_initials (
    volunteer_id uuid primary key,
    initials     varchar(8)  not null,
    recorded_at  timestamptz not null
);
