-- The statistics' verifications by minute read only verified activities by when they were verified. The index
-- they used held every activity under its status, so each submission (most of the rows written) added an entry
-- (status SUBMITTED, no time) that no query looks for. This one holds the verified ones alone.
drop index passport_activity_verified;
create index passport_activity_verified on passport_activity (verified_at) where status = 'VERIFIED';
