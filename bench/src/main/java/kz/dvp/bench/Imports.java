package kz.dvp.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Batch imports of {@link #SIZE} activities, each naming every volunteer of a scene once. With one scene per import
 * in flight, a request takes a scene no other import in flight is using and gives it back when answered: two
 * imports at once never name the same volunteer, as two organizations' imports of their own events would not. With
 * one scene for all, the imports in flight name the same volunteers and take turns on their locks.
 */
final class Imports {

    static final int SIZE = 1_000;

    /** A scene's volunteers and the number of its next activity ({@link Scene#activity}). */
    private record Lane(Scene volunteers, AtomicLong next) {
    }

    private final Api api;
    private final Scene caller;
    private final BlockingQueue<Lane> free = new LinkedBlockingQueue<>();

    private Imports(Api api, Scene caller, List<Lane> lanes) {
        this.api = api;
        this.caller = caller;
        free.addAll(lanes);
    }

    /**
     * Two imports in flight, one naming {@code first}'s volunteers (from its activity number {@code firstNext} on),
     * the other {@code second}'s; sent by {@code first}'s coordinator.
     */
    static Imports apart(Api api, Scene first, AtomicLong firstNext, Scene second) {
        return new Imports(api, first, List.of(new Lane(first, firstNext), new Lane(second, new AtomicLong())));
    }

    /** {@code inFlight} imports at once, all naming {@code scene}'s volunteers. */
    static Imports together(Api api, Scene scene, AtomicLong next, int inFlight) {
        return new Imports(api, scene, Collections.nCopies(inFlight, new Lane(scene, next)));
    }

    CompletableFuture<Api.Answer> post(long request) {
        Lane lane;
        try {
            lane = free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CompletableFuture.failedFuture(e);
        }
        List<Map<String, Object>> items = new ArrayList<>(SIZE);
        for (int i = 0; i < SIZE; i++) {
            items.add(lane.volunteers().activity(lane.next().getAndIncrement()));
        }
        return api.postAsync(Api.ACTIVITY + "/api/v1/activities/batch", caller.coordinator, Map.of("items", items))
                .whenComplete((answer, failure) -> free.add(lane));
    }
}
