package kz.dvp.passport.service;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import kz.dvp.passport.WithDevStack;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The recomputation at each verification and the timeline read a volunteer's verified activities from the index
 * alone, not one heap page per activity (V5): with the columns they read outside it, PostgreSQL fetched each row
 * from the heap (about 5 times the buffers and 3 times the time, by psql on the bench's data).
 */
@QuarkusTest
class VerifiedActivitiesIndexTest extends WithDevStack {

    /** Marks this test's rows, to remove them after it. */
    private static final String PROGRAM = "INDEX_TEST";

    @Inject
    Pool pool;

    @Test
    void theRecomputationAndTheTimelineReadTheVerifiedActivitiesFromTheIndexAlone() {
        try {
            // 200 volunteers with 50 verified and 50 submitted activities each; vacuumed, as autovacuum leaves a
            // table between bursts of writes
            pool.preparedQuery("""
                    insert into passport_activity (activity_id, volunteer_id, organization_id, project_id, program_code,
                        category, region, started_at, ended_at, hours, status, verified_at)
                    select gen_random_uuid(), v.id, gen_random_uuid(), gen_random_uuid(), $1, 'ECOLOGY', 'KZ-71',
                        now() - make_interval(days => a), now() - make_interval(days => a) + interval '2 hours', 2,
                        case when a % 2 = 0 then 'VERIFIED' else 'SUBMITTED' end,
                        case when a % 2 = 0 then now() end
                    from (select gen_random_uuid() as id from generate_series(1, 200)) v, generate_series(1, 100) a""")
                    .executeAndAwait(Tuple.of(PROGRAM));
            List<UUID> volunteers = StreamSupport.stream(pool.preparedQuery("select distinct volunteer_id from passport_activity "
                    + "where program_code = $1 limit 20").executeAndAwait(Tuple.of(PROGRAM)).spliterator(), false)
                    .map(row -> row.getUUID(0)).toList();
            String[] plans = new String[2];
            // A vacuum just after the insert may not yet see these rows as visible to all (seen here, PostgreSQL
            // 17.6), and right after ProjectionTest two of the table's 415 pages stayed not all-visible through 30 s
            // of vacuums: vacuumed again until the index-only scans fetch nothing from the heap for these rows, or
            // PostgreSQL plans no index-only scan at all.
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
                pool.query("vacuum analyze passport_activity").executeAndAwait();
                plans[0] = plan(PassportProjection.COUNTED_OF_VOLUNTEERS, Tuple.of(volunteers.toArray(UUID[]::new)));
                plans[1] = plan(PassportReader.TIMELINE, Tuple.of(volunteers.get(0), 20, 0));
                return Stream.of(plans).allMatch(p -> !p.contains("Index Only Scan") || p.contains("Heap Fetches: 0"));
            });
            String recompute = plans[0];
            String timeline = plans[1];

            assertThat(recompute).contains("Index Only Scan using passport_activity_volunteer_verified", "Heap Fetches: 0",
                    "rows=1000 ");
            assertThat(timeline).contains("Index Only Scan Backward using passport_activity_volunteer_verified",
                    "Heap Fetches: 0");
        } finally {
            pool.preparedQuery("delete from passport_activity where program_code = $1").executeAndAwait(Tuple.of(PROGRAM));
        }
    }

    private String plan(String query, Tuple parameters) {
        return StreamSupport.stream(pool.preparedQuery("explain (analyze, costs off, timing off, summary off) " + query)
                        .executeAndAwait(parameters).spliterator(), false)
                .map(row -> row.getString(0)).collect(Collectors.joining("\n"));
    }
}
