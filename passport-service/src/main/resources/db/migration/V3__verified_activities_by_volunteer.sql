-- Every read of a volunteer's activities wants only the verified ones: the figures' recomputation at each
-- verification and the timeline. This index holds just those, so a recomputation no longer fetches and discards
-- the volunteer's submitted and rejected rows; and a submission, most of the writes, no longer updates it.
drop index passport_activity_volunteer;
create index passport_activity_volunteer_verified on passport_activity (volunteer_id, started_at)
    where status = 'VERIFIED';
