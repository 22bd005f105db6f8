package kz.dvp.platform;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dvp.events.ActivitySubmitted;
import kz.dvp.platform.outbox.Outbox;

import java.util.List;

/** A business operation of the tests: writes events through the outbox in a transaction. */
@ApplicationScoped
public class TestSubmissions {

    private final Outbox outbox;

    public TestSubmissions(Outbox outbox) {
        this.outbox = outbox;
    }

    @WithTransaction
    public Uni<Void> submit(List<ActivitySubmitted> events) {
        return outbox.appendAll(events);
    }

    /** Writes the events, then fails: the transaction rolls back. */
    @WithTransaction
    public Uni<Void> submitThenFail(List<ActivitySubmitted> events) {
        return outbox.appendAll(events)
                .chain(() -> Uni.createFrom().failure(new IllegalStateException("business rule failed after writing")));
    }
}
