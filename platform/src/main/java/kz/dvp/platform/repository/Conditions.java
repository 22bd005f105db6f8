package kz.dvp.platform.repository;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import kz.dvp.platform.rest.Page;

import java.util.ArrayList;
import java.util.List;

/** The optional filters of a paged search: each one given adds its condition, the others are left out. */
public final class Conditions {

    private final List<String> where = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    /** {@code field = value} when a value is given. */
    public Conditions equal(String field, Object value) {
        return when(field + " = :" + field, field, value);
    }

    /** A condition of its own, e.g. {@code lower(lastName) like :name}, with its one parameter, when given. */
    public Conditions when(String condition, String parameter, Object value) {
        if (value != null) {
            where.add(condition);
            parameters.and(parameter, value);
        }
        return this;
    }

    /** A LIKE pattern for text that starts with {@code prefix}, its own wildcards taken out; null stays null. */
    public static String startingWith(String prefix) {
        return prefix == null ? null : literal(prefix) + "%";
    }

    /** A LIKE pattern for text that contains {@code part}; null stays null. */
    public static String containing(String part) {
        return part == null ? null : "%" + literal(part) + "%";
    }

    /** One page of the entities matching every condition given, with the total count. */
    public <T> Uni<Page<T>> page(PanacheRepositoryBase<T, ?> repository, String entity, Sort sort, int page, int size) {
        String query = where.isEmpty() ? "from " + entity : "from " + entity + " where " + String.join(" and ", where);
        PanacheQuery<T> found = repository.find(query, sort, parameters);
        return found.page(page, size).list().chain(items -> found.count().map(total -> new Page<>(items, page, size, total)));
    }

    private static String literal(String text) {
        return text.toLowerCase().replace("%", "").replace("_", "");
    }
}
