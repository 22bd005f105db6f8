package kz.dvp.system;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A container's memory limit beside the JVM heap it is given. A service uses about 190 MB outside its heap
 * (metaspace, code cache, symbols, threads: native memory tracking under ./dvp bench), so a limit without that
 * much room gets the container killed under load.
 */
final class MemoryLimit {

    /** Room the limit must leave beside the heap. */
    static final long OFF_HEAP_MB = 256;

    private static final Pattern HEAP = Pattern.compile("-Xmx(\\d+)([mMgG])");
    private static final Pattern LIMIT = Pattern.compile("(\\d+)([mMgG])i?");

    private MemoryLimit() {
    }

    /** MB the limit ({@code 512Mi} or {@code 512m}) leaves beside the heap set by {@code -Xmx} in the options. */
    static long besideHeapMb(String javaOptions, String limit) {
        Matcher heap = HEAP.matcher(javaOptions);
        if (!heap.find()) {
            throw new AssertionError("No -Xmx in " + javaOptions + ": the heap would be a share of the limit");
        }
        Matcher bound = LIMIT.matcher(limit);
        if (!bound.matches()) {
            throw new AssertionError("Not a memory limit: " + limit);
        }
        return mb(bound.group(1), bound.group(2)) - mb(heap.group(1), heap.group(2));
    }

    private static long mb(String amount, String unit) {
        return Long.parseLong(amount) * (unit.equalsIgnoreCase("g") ? 1024 : 1);
    }
}
