package kz.dvp.passport.service;

import kz.dvp.events.ActivityEvent;
import kz.dvp.events.ActivityStatus;
import kz.dvp.events.CloudEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Activity events of one batch, folded: each activity's latest state, each volunteer's last event. */
final class ActivityBatch {

    private final List<ActivityEvent> inOrder = new ArrayList<>();
    private final Map<UUID, Latest> latest = new LinkedHashMap<>();
    private final Map<UUID, CloudEvent> lastEventOf = new LinkedHashMap<>();

    void add(CloudEvent event, ActivityEvent a) {
        inOrder.add(a);
        Latest before = latest.get(a.activityId());
        Instant verifiedAt = a.status() == ActivityStatus.VERIFIED ? event.time()
                : before == null ? null : before.verifiedAt();
        latest.put(a.activityId(), new Latest(a, verifiedAt));
        lastEventOf.put(a.volunteerId(), event);
    }

    boolean isEmpty() {
        return inOrder.isEmpty();
    }

    List<UUID> activityIds() {
        return List.copyOf(latest.keySet());
    }

    List<UUID> volunteerIds() {
        return List.copyOf(lastEventOf.keySet());
    }

    CloudEvent lastEventOf(UUID volunteerId) {
        return lastEventOf.get(volunteerId);
    }

    /**
     * Volunteers whose figures move: an activity of theirs enters or leaves VERIFIED, given each activity's
     * status before the batch (absent: not known yet). Submissions and rejections of never-verified activities,
     * most of an ingest's events, move nothing.
     */
    Set<UUID> volunteersWhoseFiguresMove(Map<UUID, String> statusBefore) {
        Map<UUID, String> status = new HashMap<>(statusBefore);
        Set<UUID> moving = new HashSet<>();
        for (ActivityEvent a : inOrder) {
            String previous = status.put(a.activityId(), a.status().name());
            if (a.status() == ActivityStatus.VERIFIED || ActivityStatus.VERIFIED.name().equals(previous)) {
                moving.add(a.volunteerId());
            }
        }
        return moving;
    }

    /** Each activity once, as the batch left it (an upsert's rule: one row per key). */
    List<Latest> latest() {
        return List.copyOf(latest.values());
    }

    /** An activity as its last event in the batch left it, and when it was last verified (null: not in the batch). */
    record Latest(ActivityEvent activity, Instant verifiedAt) {
    }
}
