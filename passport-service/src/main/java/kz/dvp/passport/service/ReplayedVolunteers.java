package kz.dvp.passport.service;

import kz.dvp.events.CloudEvent;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a rebuild's replay remembers of each volunteer it met: the last event about them. Kept in memory (about
 * 130 bytes a volunteer: map entry, key, event id) so that the replay writes a passport row once, when the
 * volunteer is first met, instead of once per batch that mentions them; the last event goes into the passport with
 * its figures, at the end.
 */
final class ReplayedVolunteers {

    /** The last event about a volunteer: the passport's {@code last_event_id} and {@code last_event_type}. */
    record Last(UUID id, String type) {
    }

    /** Written by the replay's writers side by side, each for its own volunteers. */
    private final Map<UUID, Last> last = new ConcurrentHashMap<>();

    /** Notes that {@code event} is, so far, the last about {@code volunteerId}; true if the volunteer is new. */
    boolean met(UUID volunteerId, CloudEvent event) {
        return last.put(volunteerId, new Last(event.id(), event.type().type())) == null;
    }

    Last lastOf(UUID volunteerId) {
        return last.get(volunteerId);
    }
}
