package kz.dvp.platform.sql;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import kz.dvp.platform.problem.ProblemMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Group commit for single writes that arrive together. While {@code maxGroups} transactions are writing, the
 * writes that arrive wait, and go together as the next group (up to {@code maxSize}) as soon as one of those
 * transactions ends. There is no timer: a write that finds a transaction free starts one at once, alone. Under load,
 * a group shares one transaction's statements, round trips and commit (its WAL flush) instead of each write paying
 * for its own.
 * <p>
 * A group is written on the Vert.x context of its first write's caller, and each answer goes back on its own
 * caller's context. If a group of several fails as a whole, each of its writes is tried again alone, so that one
 * write's failure is never another's answer; except for an outage (a lost connection), where the commit's outcome
 * may not be known and each caller gets that failure, as it would alone.
 *
 * @param <I> one write's input
 * @param <O> one write's result
 */
public final class GroupCommit<I, O> {

    private final Function<List<I>, Uni<List<O>>> write;
    private final int maxSize;
    private final int maxGroups;
    private final IntConsumer sizes;
    private final Queue<Waiting<I, O>> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicInteger running = new AtomicInteger();

    /**
     * @param write     writes a group in one transaction, returning one result per input, in order
     * @param maxSize   the most writes in one group
     * @param maxGroups the most groups written at once (each holds a database connection)
     * @param sizes     told each group's size as it starts, e.g. a metric's
     */
    public GroupCommit(Function<List<I>, Uni<List<O>>> write, int maxSize, int maxGroups, IntConsumer sizes) {
        if (maxSize < 1 || maxGroups < 1) {
            throw new IllegalArgumentException("maxSize and maxGroups must be at least 1");
        }
        this.write = write;
        this.maxSize = maxSize;
        this.maxGroups = maxGroups;
        this.sizes = sizes;
    }

    /** Writes {@code input} with whatever else is waiting; the result is this input's own. */
    public Uni<O> submit(I input) {
        return Uni.createFrom().emitter(emitter -> {
            waiting.add(new Waiting<>(input, Vertx.currentContext(), emitter));
            dispatch();
        });
    }

    /** Starts groups while a transaction is free and writes wait. */
    private void dispatch() {
        while (!waiting.isEmpty()) {
            int now = running.get();
            if (now >= maxGroups) {
                return; // the next group starts when a running one ends
            }
            if (!running.compareAndSet(now, now + 1)) {
                continue;
            }
            List<Waiting<I, O>> group = new ArrayList<>();
            for (Waiting<I, O> next; group.size() < maxSize && (next = waiting.poll()) != null; ) {
                group.add(next);
            }
            if (group.isEmpty()) {
                running.decrementAndGet(); // another dispatch took them
                continue;
            }
            sizes.accept(group.size());
            on(group.get(0).context(), () -> writeGroup(group));
        }
    }

    private void writeGroup(List<Waiting<I, O>> group) {
        List<I> inputs = group.stream().map(Waiting::input).toList();
        writeAll(inputs).subscribe().with(results -> {
            ended();
            for (int i = 0; i < group.size(); i++) {
                group.get(i).answer(results.get(i));
            }
        }, failure -> {
            ended();
            if (group.size() == 1 || ProblemMapper.isOutage(failure)) {
                group.forEach(w -> w.fail(failure));
            } else {
                group.forEach(w -> on(w.context(), () -> writeAll(List.of(w.input()))
                        .subscribe().with(results -> w.answer(results.get(0)), w::fail)));
            }
        });
    }

    private Uni<List<O>> writeAll(List<I> inputs) {
        return Uni.createFrom().deferred(() -> write.apply(inputs)).map(results -> {
            if (results.size() != inputs.size()) {
                throw new IllegalStateException(results.size() + " results for " + inputs.size() + " writes");
            }
            return results;
        });
    }

    private void ended() {
        running.decrementAndGet();
        dispatch();
    }

    private static void on(Context context, Runnable task) {
        if (context == null) {
            task.run();
        } else {
            context.runOnContext(ignored -> task.run());
        }
    }

    private record Waiting<I, O>(I input, Context context, UniEmitter<? super O> emitter) {

        void answer(O result) {
            on(context, () -> emitter.complete(result));
        }

        void fail(Throwable failure) {
            on(context, () -> emitter.fail(failure));
        }
    }
}
