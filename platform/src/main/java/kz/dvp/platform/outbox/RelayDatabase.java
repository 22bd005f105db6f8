package kz.dvp.platform.outbox;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgBuilder;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * The relay's own connections to the service's database, apart from the pool that serves requests: under load
 * hundreds of requests queue for that pool, and a relay waiting behind them let events sit in the outbox for
 * seconds after their transaction committed (./dvp bench, verification → passport).
 */
@ApplicationScoped
public class RelayDatabase {

    private final PgConnectOptions options;
    private final Pool pool;

    public RelayDatabase(Vertx vertx, @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
                         @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
                         @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        options = PgConnectOptions.fromUri(url);
        user.ifPresent(options::setUser);
        password.ifPresent(options::setPassword);
        // The next batch by an index scan of the queue in seq order, never a scan of the whole queue and a sort:
        // the queue keeps the rows of relayed events until a vacuum (platform migration V0_4: after 10 000 of them);
        // a sequential or bitmap scan visits them all at each poll, an index scan stops at the batch's size and
        // marks the entries it finds dead, so the next poll skips them. Each queued event is then looked up by its
        // key in the outbox, never by a hash or merge join, which read the whole outbox. PostgreSQL picks those
        // plans when the queue holds fewer events than a batch (RelayDatabaseTest; with the outbox's earlier partial
        // index it chose a bitmap scan and a sort under ./dvp bench, auto_explain). The hourly purge reads the whole
        // outbox anyway: by its seq index instead of a sequential scan.
        options.addProperty("enable_seqscan", "off");
        // A handful of statements, run thousands of times a minute under load: prepared once per connection and
        // planned once (PostgreSQL planned every poll anew, 40-75 µs each, pg_stat_statements under ./dvp bench).
        options.setCachePreparedStatements(true);
        options.addProperty("plan_cache_mode", "force_generic_plan");
        options.addProperty("enable_bitmapscan", "off");
        options.addProperty("enable_hashjoin", "off");
        options.addProperty("enable_mergejoin", "off");
        // the relay's single thread (batches and the hourly purge) needs one at a time
        pool = PgBuilder.pool().with(new PoolOptions().setMaxSize(1).setName("outbox-relay")).connectingTo(options)
                .using(vertx).build();
    }

    /** Where the relay's leadership connection (advisory lock, LISTEN) connects. */
    PgConnectOptions options() {
        return options;
    }

    Pool pool() {
        return pool;
    }

    @PreDestroy
    void close() {
        pool.closeAndAwait();
    }
}
