package kz.dvp.platform.outbox;

import io.quarkus.logging.Log;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.pgclient.PgConnectOptions;

import java.time.Duration;

/**
 * Holds one dedicated PostgreSQL connection that (1) owns the service's relay advisory lock, so that of
 * several instances of a service only one relays at a time, and (2) LISTENs for outbox notifications.
 * If the connection drops, the lock is released by PostgreSQL and another instance can take over.
 */
final class RelayLeadership implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Vertx vertx;
    private final PgConnectOptions options;
    private final String lockName;
    private final Runnable onNotification;
    private volatile PgConnection connection;

    RelayLeadership(Vertx vertx, PgConnectOptions options, String lockName, Runnable onNotification) {
        this.vertx = vertx;
        this.options = options;
        this.lockName = lockName;
        this.onNotification = onNotification;
    }

    /** Whether this instance is the relay; tries to become it if not. Blocking. */
    boolean holdOrAcquire() {
        if (connection != null) {
            return true;
        }
        PgConnection candidate = null;
        try {
            candidate = PgConnection.connect(vertx, options).await().atMost(TIMEOUT);
            boolean locked = candidate.preparedQuery("select pg_try_advisory_lock(hashtext($1))")
                    .execute(io.vertx.mutiny.sqlclient.Tuple.of(lockName)).await().atMost(TIMEOUT)
                    .iterator().next().getBoolean(0);
            if (!locked) {
                candidate.closeAndAwait();
                return false;
            }
            PgConnection leader = candidate;
            leader.notificationHandler(n -> onNotification.run());
            leader.closeHandler(() -> {
                // close() lets go of the connection first: only a connection lost under us is worth a warning
                if (connection == leader) {
                    Log.warn("Outbox relay lost its database connection; it will try to take the lead again");
                    connection = null;
                }
            });
            leader.query("listen dvp_outbox").execute().await().atMost(TIMEOUT);
            connection = leader;
            Log.infof("Outbox relay %s is active on this instance", lockName);
            return true;
        } catch (RuntimeException e) {
            Log.debugf("Outbox relay cannot take the lead yet: %s", e.getMessage());
            if (candidate != null) {
                candidate.close().subscribe().with(ignored -> { }, ignored -> { });
            }
            return false;
        }
    }

    @Override
    public void close() {
        PgConnection current = connection;
        connection = null;
        if (current != null) {
            current.close().await().atMost(TIMEOUT);
        }
    }
}
