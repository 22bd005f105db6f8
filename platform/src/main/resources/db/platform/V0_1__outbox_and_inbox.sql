-- Transactional outbox: written in the business transaction, published to Kafka by the relay.
create table outbox_event (
    id           uuid primary key,                      -- the CloudEvents id
    seq          bigint generated always as identity,   -- publication order
    aggregate_id uuid         not null,                 -- Kafka record key
    topic        varchar(200) not null,
    event_type   varchar(200) not null,
    source       varchar(200) not null,
    occurred_at  timestamptz  not null,
    payload      text         not null,                 -- the JSON body, byte for byte as produced
    created_at   timestamptz  not null default now(),
    published_at timestamptz
);
create unique index outbox_event_seq on outbox_event (seq);
create index outbox_event_unpublished on outbox_event (seq) where published_at is null;

-- Wakes the relay as soon as a transaction that wrote events commits (NOTIFY is delivered on commit).
create function outbox_event_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('dvp_outbox', '');
    return null;
end
$$;
create trigger outbox_event_notify after insert on outbox_event
    for each statement execute function outbox_event_notify();

-- Inbox: events a consumer has applied, recorded in the same transaction as its read-model change.
create table processed_event (
    consumer     varchar(100) not null,
    event_id     uuid         not null,
    event_type   varchar(200) not null,
    processed_at timestamptz  not null default now(),
    primary key (consumer, event_id)
);
