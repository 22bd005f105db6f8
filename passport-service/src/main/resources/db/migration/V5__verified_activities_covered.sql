-- The figures' recomputation reads, for each volunteer a verification touches, the counted columns of all their
-- verified activities, and the timeline reads those and the end time. With these columns in the index, PostgreSQL
-- reads them from the volunteer's few adjacent index pages (an index-only scan) instead of fetching one heap page
-- per activity; only rows changed since the table's last vacuum are still looked up in the heap. Building it blocks
-- writes to the table but not reads: passports stay readable, and the projection's events wait in Kafka.
drop index passport_activity_volunteer_verified;
create index passport_activity_volunteer_verified on passport_activity (volunteer_id, started_at)
    include (activity_id, organization_id, project_id, program_code, category, region, ended_at, hours)
    where status = 'VERIFIED';
