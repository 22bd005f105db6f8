-- The relay marks each event published with an update, so every event leaves a dead row version behind, and
-- its entry in outbox_event_unpublished points at that dead version until a vacuum removes it. The relay's scan of
-- that index passes every such entry before it reaches the unpublished ones: in the bench's verifications after
-- its REST ingest, 5.4 ms per poll on activity-service's outbox (pg_stat_statements). PostgreSQL's default waits
-- until a fifth of the table is dead; here a vacuum follows every 10 000 relayed events, without cost-based pauses.
alter table outbox_event set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 10000,
    autovacuum_vacuum_cost_delay = 0);
