package kz.dvp.platform.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: the items, the page number (from 0), its size and the total count. Resources also set
 * {@code X-Total-Count}.
 */
@Schema(name = "Page", description = "A page of results")
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final String TOTAL_COUNT = "X-Total-Count";
    public static final int MAX_SIZE = 200;

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
