package kz.dvp.platform.sql;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

import java.util.function.Supplier;

/**
 * Transactions that tell PostgreSQL how to plan their prepared statements. Left to itself (plan_cache_mode auto)
 * it plans a statement for its values five times, then keeps a generic plan if that costs no more, for the life of
 * the connection or until the tables' statistics change. Two ways this goes wrong here, both seen with
 * pg_stat_statements and auto_explain under {@code ./dvp bench}:
 * <ul>
 *   <li>a statement taking an array ({@code where id = any($1)}) is planned again at every execution, because the
 *       generic plan, made for an array of unknown length, looks dearer than a custom one plus its planning: 33-61 µs
 *       per statement under the bench's verifications, more than executing most of them;</li>
 *   <li>a generic plan made while a table was still empty is a sequential scan, and stays one as the table grows:
 *       passport-service looked activities up that way, 4-9 ms per poll instead of a fraction of one.</li>
 * </ul>
 */
public final class Transactions {

    private Transactions() {
    }

    /**
     * For a request's writes, whose statements find rows by key (a batch import's as well: one index lookup per
     * volunteer or id): their plan does not depend on the values, so it is made once per connection. Searches and
     * statistics keep PostgreSQL's own choice (their filters are skewed). A plan made while a table is nearly empty
     * lasts until autovacuum first analyzes it (after about 50 changed rows).
     */
    public static <T> Uni<T> withGenericPlans(Supplier<Uni<T>> work) {
        return planned("force_generic_plan", work);
    }

    /**
     * For a consumer's work (a poll of events, one statement per kind whatever its size, or a single event): planning
     * each statement for its values costs little beside it, and the plan always fits the tables as they are now.
     */
    public static <T> Uni<T> withCustomPlans(Supplier<Uni<T>> work) {
        return planned("force_custom_plan", work);
    }

    private static <T> Uni<T> planned(String mode, Supplier<Uni<T>> work) {
        // set local: the setting ends with the transaction, so the pooled connection goes back unchanged
        return Panache.withTransaction(() -> SessionSql.update("set local plan_cache_mode = " + mode)
                .chain(() -> work.get()));
    }
}
