package kz.dvp.platform;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dvp.events.ActivitySubmitted;
import kz.dvp.events.CloudEvent;
import kz.dvp.platform.inbox.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A consumer of the tests: counts applications per volunteer and records the order of the hours values. */
@ApplicationScoped
public class TestHoursProjection {

    private final Inbox inbox;

    public TestHoursProjection(Inbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("activities")
    public Uni<Void> consume(ConsumerRecord<String, byte[]> record) {
        return inbox.process(record, "test-hours", this::apply);
    }

    private Uni<Void> apply(CloudEvent event) {
        ActivitySubmitted submitted = (ActivitySubmitted) event.data();
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        insert into test_hours (volunteer_id, applied, sequence) values (?1, 1, ?2)
                        on conflict (volunteer_id) do update
                        set applied = test_hours.applied + 1, sequence = test_hours.sequence || ',' || excluded.sequence""")
                .setParameter(1, submitted.volunteerId())
                .setParameter(2, submitted.hours().stripTrailingZeros().toPlainString())
                .executeUpdate())
                .replaceWithVoid();
    }
}
