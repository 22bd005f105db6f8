package kz.dvp.platform.sql;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.UUID;
import java.util.function.Function;

/**
 * Values of many rows as one PostgreSQL array parameter ({@code = any(cast(?1 as uuid[]))}, {@code unnest(...)}).
 * A statement then has the same text and the same parameters whatever the number of rows: PostgreSQL and
 * Hibernate prepare and cache it once. A list parameter or a multi-row VALUES gives a statement per row count,
 * and Hibernate kept each one's thousands of parameter objects in its plan cache: passport-service's 256 MB heap
 * filled up and it collected garbage nonstop during a rebuild (JFR, jmap).
 *
 * <p>The reactive client binds {@code uuid[]} from {@code UUID[]}, {@code text[]} from {@code String[]} and
 * {@code timestamptz[]} from {@code OffsetDateTime[]}, in PostgreSQL's binary format; other types go as text, cast
 * twice in the statement ({@code cast(cast(?1 as text[]) as numeric[])}).
 */
public final class SqlArrays {

    private SqlArrays() {
    }

    public static UUID[] uuids(Collection<UUID> values) {
        return values.toArray(UUID[]::new);
    }

    /** One uuid column of rows. */
    public static <T> UUID[] uuids(Collection<T> rows, Function<T, UUID> column) {
        return rows.stream().map(column).toArray(UUID[]::new);
    }

    /**
     * One timestamp column of rows (null stays null), bound as {@code timestamptz[]}: as text, the service wrote each
     * instant out and PostgreSQL parsed it back (formatting instants was 10 % of activity-service's CPU in the bench's
     * batch import, async-profiler).
     */
    public static <T> OffsetDateTime[] timestamps(Collection<T> rows, Function<T, Instant> column) {
        return rows.stream().map(column).map(SessionSql::timestamp).toArray(OffsetDateTime[]::new);
    }

    /** One column of rows as text (null stays null). */
    public static <T> String[] text(Collection<T> rows, Function<T, ?> column) {
        return rows.stream().map(column).map(v -> v == null ? null : v.toString()).toArray(String[]::new);
    }
}
