package kz.dvp.platform.sql;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.hibernate.reactive.mutiny.impl.MutinySessionImpl;
import io.vertx.sqlclient.data.Numeric;
import org.hibernate.reactive.pool.ReactiveConnection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain SQL on the current Hibernate Reactive session's connection, so inside its transaction, for the hottest
 * statements. Hibernate Reactive 3.2 builds a new plan for every native select and caches it under a key that
 * never equals another ({@code ReactiveResultSetMapping} has no {@code equals}): the cache filled with copies and
 * lookups walked them, 9 % of activity-service's samples under REST ingest (JFR, ./dvp bench).
 *
 * <p>Parameters are {@code $1, $2, …}, bound by the reactive PostgreSQL client as they are: {@code UUID},
 * {@code String}, {@code UUID[]}, {@code String[]}, {@link OffsetDateTime} (see {@link #timestamp}). Columns come
 * back as that client reads them (timestamptz as {@link OffsetDateTime}, numeric as {@link Numeric}). Unlike a Hibernate query it does not
 * flush the session first: the statements see none of the session's pending entity changes.
 */
public final class SessionSql {

    private SessionSql() {
    }

    /** The rows of a select, each as its columns in select order. */
    public static Uni<List<Object[]>> select(String sql, Object... parameters) {
        return connection().chain(c -> Uni.createFrom().completionStage(c.select(sql, parameters))).map(result -> {
            List<Object[]> rows = new ArrayList<>(result.size());
            result.forEachRemaining(rows::add);
            return rows;
        });
    }

    /** An insert, update or delete; the number of rows it changed. */
    public static Uni<Integer> update(String sql, Object... parameters) {
        return connection().chain(c -> Uni.createFrom().completionStage(c.update(sql, parameters)));
    }

    public static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** A numeric column, which the client reads as its own {@link Numeric}. */
    public static BigDecimal decimal(Object numeric) {
        return numeric == null ? null : ((Numeric) numeric).bigDecimalValue();
    }

    public static Instant instant(Object timestamptz) {
        return timestamptz == null ? null : ((OffsetDateTime) timestamptz).toInstant();
    }

    // Hibernate Reactive has no public accessor for it yet; the implementation's method is public
    private static Uni<ReactiveConnection> connection() {
        return Panache.getSession().map(session -> ((MutinySessionImpl) session).getReactiveConnection());
    }
}
