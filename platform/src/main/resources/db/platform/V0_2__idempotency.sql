-- Answers to creating POSTs, by Idempotency-Key, so that a retried request gets the first answer again.
create table idempotency_record (
    idempotency_key varchar(200) not null,
    caller          varchar(200) not null,
    fingerprint     char(64)     not null,   -- SHA-256 of the request body: the same key for another body is refused
    status          int          not null,
    body            text,
    location        varchar(500),
    created_at      timestamptz  not null default now(),
    primary key (idempotency_key, caller)
);
