package kz.dvp.platform;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import kz.dvp.platform.sql.SessionSql;
import kz.dvp.platform.sql.SqlArrays;
import kz.dvp.platform.sql.Transactions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class TransactionsTest extends WithDevStack {

    private static final String BY_IDS = "select id from outbox_event where id = any($1)";
    private static final String BY_ID = "select id from outbox_event where id = $1";

    @Test
    void withGenericPlansAStatementTakingAnArrayIsNotPlannedAgainAtEachExecution() throws Throwable {
        Plans plans = VertxContextSupport.subscribeAndAwait(() -> Transactions.withGenericPlans(
                () -> times(7, BY_IDS, SqlArrays.uuids(List.of(UUID.randomUUID()))).chain(() -> plans(BY_IDS))));

        assertThat(plans.custom()).as("custom plans").isZero();
        assertThat(plans.generic()).as("executions on the generic plan").isGreaterThanOrEqualTo(7);
    }

    @Test
    void withCustomPlansAStatementIsPlannedForItsValuesEveryTime() throws Throwable {
        // left to itself, PostgreSQL keeps a generic plan for this one after five executions
        Plans plans = VertxContextSupport.subscribeAndAwait(() -> Transactions.withCustomPlans(
                () -> times(7, BY_ID, UUID.randomUUID()).chain(() -> plans(BY_ID))));

        assertThat(plans.generic()).as("executions on a generic plan").isZero();
        assertThat(plans.custom()).as("custom plans").isGreaterThanOrEqualTo(7);
    }

    @Test
    void theSettingEndsWithItsTransactionAndOtherWorkOnThePooledConnectionsKeepsPostgresqlsChoice() throws Throwable {
        for (int i = 0; i < 10; i++) {
            VertxContextSupport.subscribeAndAwait(() -> Transactions.withGenericPlans(() -> planCacheMode()));
            VertxContextSupport.subscribeAndAwait(() -> Transactions.withCustomPlans(() -> planCacheMode()));
            assertThat(VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(TransactionsTest::planCacheMode)))
                    .isEqualTo("auto");
        }
    }

    private record Plans(long generic, long custom) {
    }

    private static Uni<Void> times(int n, String sql, Object parameter) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int i = 0; i < n; i++) {
            chain = chain.chain(() -> SessionSql.select(sql, parameter)).replaceWithVoid();
        }
        return chain;
    }

    /** How this connection has run the statement so far (PostgreSQL 14+ counts both). */
    private static Uni<Plans> plans(String sql) {
        return SessionSql.select("select generic_plans, custom_plans from pg_prepared_statements where statement = $1", sql)
                .map(rows -> new Plans((Long) rows.get(0)[0], (Long) rows.get(0)[1]));
    }

    private static Uni<String> planCacheMode() {
        return SessionSql.select("show plan_cache_mode").map(rows -> (String) rows.get(0)[0]);
    }
}
