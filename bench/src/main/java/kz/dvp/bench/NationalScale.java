package kz.dvp.bench;

import kz.dvp.events.ActivityMethod;
import kz.dvp.events.ActivityStatus;
import kz.dvp.events.ActivityVerified;
import kz.dvp.events.Category;
import kz.dvp.events.CloudEvent;
import kz.dvp.events.DvpEvent;
import kz.dvp.events.EventCodec;
import kz.dvp.events.OrganizationKind;
import kz.dvp.events.OrganizationRegistered;
import kz.dvp.events.OrganizationStatus;
import kz.dvp.events.OrganizationVerified;
import kz.dvp.events.ProjectPublished;
import kz.dvp.events.Sex;
import kz.dvp.events.VolunteerRegistered;
import kz.dvp.events.VolunteerStatus;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.math.BigDecimal;
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
    private static final String IDENTITY = "/dvp/identity-service";
    private static final String ORG = "/dvp/org-service";
    private static final String ACTIVITY = "/dvp/activity-service";
    private static final List<String> REGIONS = List.of("KZ-71", "KZ-75", "KZ-79", "KZ-11", "KZ-15", "KZ-19");
    private static final Category[] CATEGORIES = Category.values();

    private NationalScale() {
    }

    /** Publishes {@code count} registrations; returns the volunteers' ids. */
    static List<String> register(String bootstrap, int count) throws Exception {
        List<String> ids = new ArrayList<>(count);
        try (KafkaProducer<String, byte[]> producer = producer(bootstrap)) {
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                int birthYear = 1960 + i % 45;
                publish(producer, new VolunteerRegistered(id, "KZ-71", birthYear, i % 2 == 0 ? Sex.FEMALE : Sex.MALE,
                        VolunteerStatus.ACTIVE, false, i % 3 == 0, List.of(), List.of("kk"),
                        LocalDate.of(birthYear + 18, 1, 1), Instant.now()), IDENTITY);
                ids.add(id.toString());
            }
            producer.flush();
        }
        return ids;
    }

    /** An organization's project, as the activities name it. */
    record Project(UUID organizationId, UUID projectId) {
    }

    /**
     * Publishes {@code count} verified organizations with one project each, as org-service's relay would: the
     * registration, the verification and the project's publication.
     */
    static List<Project> organizations(String bootstrap, int count) throws Exception {
        List<Project> projects = new ArrayList<>(count);
        try (KafkaProducer<String, byte[]> producer = producer(bootstrap)) {
            for (int i = 0; i < count; i++) {
                Project p = new Project(UUID.randomUUID(), UUID.randomUUID());
                String region = REGIONS.get(i % REGIONS.size());
                publish(producer, new OrganizationRegistered(p.organizationId(), "Ұйым " + i, "Организация " + i,
                        OrganizationKind.NGO, region, OrganizationStatus.PENDING_VERIFICATION, Instant.now()), ORG);
                publish(producer, new OrganizationVerified(p.organizationId(), region, Instant.now()), ORG);
                publish(producer, new ProjectPublished(p.organizationId(), p.projectId(), "Жоба " + i,
                        CATEGORIES[i % CATEGORIES.length], null, List.of(region), LocalDate.now().minusYears(3), null,
                        true, 12, Instant.now()), ORG);
                projects.add(p);
            }
            producer.flush();
        }
        return projects;
    }

    /**
     * Publishes {@code count} ActivityVerified records, as activity-service's relay publishes a verification:
     * activity n belongs to volunteer n mod V and project n mod P, one hour each, going back an hour at a time.
     * They are the past's verified record loaded in one go; activity-service's own table does not get them.
     */
    static void verifiedActivities(String bootstrap, List<String> volunteers, List<Project> projects, long count)
            throws Exception {
        Instant now = Instant.now();
        try (KafkaProducer<String, byte[]> producer = producer(bootstrap)) {
            for (long n = 0; n < count; n++) {
                Project project = projects.get((int) (n % projects.size()));
                Instant start = now.minus(Duration.ofHours(24 + n / volunteers.size()));
                publish(producer, new ActivityVerified(UUID.randomUUID(),
                        UUID.fromString(volunteers.get((int) (n % volunteers.size()))), project.organizationId(),
                        project.projectId(), null, CATEGORIES[(int) (n % CATEGORIES.length)],
                        REGIONS.get((int) (n % REGIONS.size())), start, start.plusSeconds(3600), BigDecimal.ONE,
                        ActivityMethod.COORDINATOR, ActivityStatus.VERIFIED, now), ACTIVITY);
            }
            producer.flush();
        }
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"), new StringSerializer(), new ByteArraySerializer());
    }

    /** One record exactly as the services' outbox relays publish it: binary-mode CloudEvent headers, JSON body. */
    private static void publish(KafkaProducer<String, byte[]> producer, DvpEvent data, String source) {
        CloudEvent event = CloudEvent.of(source, data);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.type().topic(), event.subject(),
                CODEC.body(event.data()));
        CODEC.headers(event).forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
        producer.send(record);
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
