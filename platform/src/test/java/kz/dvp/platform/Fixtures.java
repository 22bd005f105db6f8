package kz.dvp.platform;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import kz.dvp.events.ActivityMethod;
import kz.dvp.events.ActivityStatus;
import kz.dvp.events.ActivitySubmitted;
import kz.dvp.events.Category;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Events, topic reads and projection reads shared by the platform tests. */
final class Fixtures {

    private Fixtures() {
    }

    /** The n-th submission of a volunteer: its hours field carries n, so order is visible downstream. */
    static ActivitySubmitted submission(UUID volunteerId, int n) {
        Instant start = Instant.parse("2026-05-01T04:00:00Z").plus(Duration.ofDays(n));
        return new ActivitySubmitted(UUID.randomUUID(), volunteerId, UUID.randomUUID(), UUID.randomUUID(),
                "ZHAS_AGASH", Category.ECOLOGY, "KZ-71", start, start.plus(Duration.ofHours(n)),
                BigDecimal.valueOf(n), ActivityMethod.SELF_REPORT, ActivityStatus.SUBMITTED, start.plusSeconds(60));
    }

    /** applied count and order of a volunteer in the test projection, if any event was applied. */
    static Optional<Row> projection(Pool pool, UUID volunteerId) {
        var rows = pool.preparedQuery("select applied, sequence from test_hours where volunteer_id = $1")
                .execute(Tuple.of(volunteerId)).await().atMost(Duration.ofSeconds(10));
        return rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next());
    }

    static long count(Pool pool, String sql, Object... params) {
        return pool.preparedQuery(sql).execute(Tuple.from(params)).await().atMost(Duration.ofSeconds(10))
                .iterator().next().getLong(0);
    }
}
