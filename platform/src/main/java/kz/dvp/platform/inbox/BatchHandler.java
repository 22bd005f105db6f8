package kz.dvp.platform.inbox;

import io.smallrye.mutiny.Uni;
import kz.dvp.events.CloudEvent;

import java.util.List;

/** Applies the first deliveries of one poll, in their order, inside the inbox's one transaction. */
@FunctionalInterface
public interface BatchHandler {

    Uni<Void> applyAll(List<CloudEvent> events);
}
