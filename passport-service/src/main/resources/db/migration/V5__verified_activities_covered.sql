-- The figures' recomputation reads, for each volunteer a verification touches, the counted columns of all their
-- verified activities, and the timeline reads those and the end time. With these columns in the index, PostgreSQL
-- reads them from the volunteer's few adjacent index pages (an index-only scan) instead of fetching one heap page
-- per activity; only rows changed since the table's last vacuum are still looked up in the heap.
-- Built beside the old index, which is dropped last: the build blocks writes to the table (the projection's events
-- wait in Kafka) but not reads, and the drop locks the table only from there to the commit.
create index passport_activity_volunteer_verified_covering on passport_activity (volunteer_id, started_at)
    include (activity_id, organization_id, project_id, program_code, category, region, ended_at, hours)
    where status = 'VERIFIED';
drop index passport_activity_volunteer_verified;
alter index passport_activity_volunteer_verified_covering rename to passport_activity_volunteer_verified;
