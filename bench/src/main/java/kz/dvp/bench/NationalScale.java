package kz.dvp.bench;

import kz.dvp.events.CloudEvent;
import kz.dvp.events.EventCodec;
import kz.dvp.events.Sex;
import kz.dvp.events.VolunteerRegistered;
import kz.dvp.events.VolunteerStatus;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Volunteers at national scale, loaded through the event path: VolunteerRegistered records on
 * dvp.identity.volunteers.v1 exactly as identity-service's relay publishes them (no personal data in them), so
 * passport-service and activity-service take them in as they would take a national registration campaign.
 * Registering 300 000 through identity's API would mostly measure password hashing.
 */
final class NationalScale {

    private static final EventCodec CODEC = new EventCodec();

    private NationalScale() {
    }

    /** Publishes {@code count} registrations; returns the volunteers' ids. */
    static List<String> register(String bootstrap, int count) throws Exception {
        List<String> ids = new ArrayList<>(count);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5, ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"),
                new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                int birthYear = 1960 + i % 45;
                CloudEvent event = CloudEvent.of("/dvp/identity-service", new VolunteerRegistered(id, "KZ-71", birthYear,
                        i % 2 == 0 ? Sex.FEMALE : Sex.MALE, VolunteerStatus.ACTIVE, false, i % 3 == 0, List.of(),
                        List.of("kk"), LocalDate.of(birthYear + 18, 1, 1), Instant.now()));
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.type().topic(), event.subject(),
                        CODEC.body(event.data()));
                CODEC.headers(event).forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
                producer.send(record);
                ids.add(id.toString());
            }
            producer.flush();
        }
        return ids;
    }

    /** Waits (at most {@code limit}) until both services hold at least {@code volunteers} volunteers. */
    static boolean awaitTakenIn(Ledger ledger, long volunteers, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (ledger.count("passport", "select count(*) from passport where birth_year is not null") >= volunteers
                    && ledger.count("activity", "select count(*) from volunteer_replica") >= volunteers) {
                return true;
            }
            Thread.sleep(1000);
        }
        return false;
    }
}
