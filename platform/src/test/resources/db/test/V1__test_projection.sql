-- A tiny read model for the platform tests: how often each volunteer's events were applied, in what order.
create table test_hours (
    volunteer_id uuid primary key,
    applied      int  not null,
    sequence     text not null
);
