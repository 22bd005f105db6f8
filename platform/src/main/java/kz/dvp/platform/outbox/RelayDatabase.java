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
        // The next batch by an index scan of the unpublished events in seq order, not a bitmap scan and a sort: the
        // partial index keeps the entries of published events until a vacuum; a bitmap scan visits them all at each
        // poll, an index scan stops at the batch's size and marks those it finds dead, so the next poll skips them.
        options.addProperty("enable_bitmapscan", "off");
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
