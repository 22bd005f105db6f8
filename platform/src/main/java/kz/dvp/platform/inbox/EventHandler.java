package kz.dvp.platform.inbox;

import io.smallrye.mutiny.Uni;
import kz.dvp.events.CloudEvent;

/** Applies one event to a read model, inside the inbox's transaction. */
@FunctionalInterface
public interface EventHandler {

    Uni<Void> apply(CloudEvent event);
}
