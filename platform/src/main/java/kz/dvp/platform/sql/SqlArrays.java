package kz.dvp.platform.sql;

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
 * <p>The reactive client binds {@code uuid[]} from {@code UUID[]} and {@code text[]} from {@code String[]}; other types
 * go as text, cast twice in the statement ({@code cast(cast(?1 as text[]) as timestamptz[])}).
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

    /** One column of rows as text (null stays null). */
    public static <T> String[] text(Collection<T> rows, Function<T, ?> column) {
        return rows.stream().map(column).map(v -> v == null ? null : v.toString()).toArray(String[]::new);
    }
}
