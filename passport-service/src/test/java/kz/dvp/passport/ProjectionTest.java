package kz.dvp.passport;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import kz.dvp.events.ActivityMethod;
import kz.dvp.events.ActivityRevoked;
import kz.dvp.events.ActivitySubmitted;
import kz.dvp.events.ActivityStatus;
import kz.dvp.events.ActivityVerified;
import kz.dvp.events.Category;
import kz.dvp.events.CloudEvent;
import kz.dvp.events.EventCodec;
import kz.dvp.events.LevelAchieved;
import kz.dvp.events.PassportUpdated;
import kz.dvp.events.Topics;
import kz.dvp.events.VolunteerProfileChanged;
import kz.dvp.passport.domain.PassportNumber;
import kz.dvp.passport.service.PassportProjection;
import kz.dvp.passport.support.Facts;
import kz.dvp.platform.testing.TestEvents;
import kz.dvp.platform.testing.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static kz.dvp.passport.support.Facts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ProjectionTest extends WithDevStack {

    private static final EventCodec CODEC = new EventCodec();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    Pool pool;

    @Test
    void aVerifiedActivityAppearsInThePassportAndRevocationTakesItBack() {
        Facts facts = new Facts(bootstrap);
        UUID volunteer = facts.volunteer("KZ-71", false);
        UUID org = UUID.randomUUID();
        UUID project = facts.project(org, "Астана жасыл белдеуі");
        UUID activity = UUID.randomUUID();
        String token = TestTokens.volunteer(volunteer);

        facts.verified(activity, volunteer, org, project, "2026-05-01T04:00:00Z", "3");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(token).get("/api/v1/passports/" + volunteer)
                .then().statusCode(200).body("totalHours", equalTo(3.0f)).body("verifiedActivities", equalTo(1))
                .body("level.code", equalTo("FIRST_HOUR")).body("level.nameKk", equalTo("Алғашқы сағат"))
                .body("hoursByProgram.ZHAS_AGASH", equalTo(3.0f)).body("passportNumber", equalTo(PassportNumber.of(volunteer)))
                // every column the projection writes, as the view shows it
                .body("region", equalTo("KZ-71")).body("status", equalTo("ACTIVE"))
                .body("organizations", equalTo(1)).body("projects", equalTo(1))
                .body("hoursByCategory.ECOLOGY", equalTo(3.0f)).body("hoursByYear.'2026'", equalTo(3.0f))
                .body("hoursByRegion.'KZ-71'", equalTo(3.0f)).body("firstActivityOn", equalTo("2026-05-01"))
                .body("lastActivityOn", equalTo("2026-05-01")).body("lastEventId", notNullValue()));
        // the project's name comes on another topic, so it may complete the timeline a moment later
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(token).get("/api/v1/passports/" + volunteer + "/activities")
                .then().statusCode(200).body("items[0].projectName", equalTo("Астана жасыл белдеуі")).body("total", equalTo(1)));

        facts.revoked(activity, volunteer, org, project, "2026-05-01T04:00:00Z", "3");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(token).get("/api/v1/passports/" + volunteer)
                .then().statusCode(200).body("totalHours", equalTo(0.0f)).body("level", nullValue()));
        as(token).get("/api/v1/passports/" + volunteer + "/activities").then().body("items", empty());
    }

    @Test
    void aSubmissionIsThePassportsLastEventButCountsForNothingUntilVerified() {
        Volunteer v = volunteerOf("Күтудегі сағаттар");
        v.facts().verified(UUID.randomUUID(), v.id(), v.org(), v.project(), "2026-04-01T04:00:00Z", "2");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(v.token()).get("/api/v1/passports/" + v.id())
                .then().statusCode(200).body("totalHours", equalTo(2.0f)));

        CloudEvent submission = v.facts().submitted(UUID.randomUUID(), v.id(), v.org(), v.project(), "2026-04-02T04:00:00Z", "5");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(v.token()).get("/api/v1/passports/" + v.id())
                .then().statusCode(200).body("lastEventId", equalTo(submission.id().toString()))
                .body("totalHours", equalTo(2.0f)).body("verifiedActivities", equalTo(1))
                .body("level.code", equalTo("FIRST_HOUR")).body("hoursByYear.'2026'", equalTo(2.0f)));

        // a volunteer the passports have not met: the passport is made, and shown once identity's registration arrives
        UUID newcomer = UUID.randomUUID();
        CloudEvent early = v.facts().submitted(UUID.randomUUID(), newcomer, v.org(), v.project(), "2026-04-03T04:00:00Z", "1");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(pool.preparedQuery(
                        "select last_event_id from passport where volunteer_id = $1").execute(Tuple.of(newcomer))
                .await().atMost(Duration.ofSeconds(10))).extracting(row -> row.getUUID(0)).containsExactly(early.id()));
        as(TestTokens.volunteer(newcomer)).get("/api/v1/passports/" + newcomer).then().statusCode(404);
        v.facts().registered(newcomer, "KZ-71", false);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(TestTokens.volunteer(newcomer))
                .get("/api/v1/passports/" + newcomer).then().statusCode(200)
                .body("passportNumber", equalTo(PassportNumber.of(newcomer))).body("totalHours", equalTo(0.0f)));
    }

    @Test
    void profileChangesRacingVerificationsNeverTakeHoursBack() throws Exception {
        Volunteer v = volunteerOf("Жарыс");

        // the two topics have consumers of their own: 30 profile changes and 30 verifications of one volunteer, at once
        CloudEvent[] profileChanges = new CloudEvent[30];
        CloudEvent[] verifications = new CloudEvent[30];
        for (int i = 0; i < 30; i++) {
            profileChanges[i] = CloudEvent.of("/dvp/identity-service", new VolunteerProfileChanged(v.id(), "KZ-71",
                    false, i % 2 == 0, List.of(), List.of(), Instant.now()));
            Instant start = Instant.parse("2026-03-01T04:00:00Z").plus(Duration.ofDays(i));
            verifications[i] = CloudEvent.of("/dvp/activity-service", new ActivityVerified(UUID.randomUUID(), v.id(),
                    v.org(), v.project(), "ZHAS_AGASH", Category.ECOLOGY, "KZ-71", start, start.plusSeconds(3600), BigDecimal.ONE,
                    ActivityMethod.SELF_REPORT, ActivityStatus.VERIFIED, Instant.now()));
        }
        Thread profiles = new Thread(() -> TestEvents.publish(bootstrap, profileChanges));
        profiles.start();
        TestEvents.publish(bootstrap, verifications);
        profiles.join();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as(v.token()).get("/api/v1/passports/" + v.id())
                .then().statusCode(200).body("verifiedActivities", equalTo(30)).body("totalHours", equalTo(30.0f)));
    }

    @Test
    void onePollWithAMalformedRecordADuplicateAndARevocationEndsAsAppliedOneByOne() throws Exception {
        Volunteer v = volunteerOf("Бір пакет");
        CloudEvent[] a = activity(v.id(), v.org(), v.project(), "2026-02-02T04:00:00Z", 2, ActivityStatus.VERIFIED);
        CloudEvent[] b = activity(v.id(), v.org(), v.project(), "2026-02-03T04:00:00Z", 1, ActivityStatus.VERIFIED);
        CloudEvent[] c = activity(v.id(), v.org(), v.project(), "2026-02-04T04:00:00Z", 3, ActivityStatus.REVOKED);
        ProducerRecord<String, byte[]> malformed = new ProducerRecord<>(Topics.ACTIVITY_ACTIVITIES, v.id().toString(),
                "{not json".getBytes(StandardCharsets.UTF_8));
        CODEC.headers(UUID.randomUUID(), "kz.dvp.activity.verified.v1", "/dvp/activity-service", v.id().toString(),
                Instant.now()).forEach((name, value) -> malformed.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));

        // sent without waiting in between, so that the consumer takes them in one poll
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (CloudEvent event : List.of(a[0], a[1], c[0], c[1])) {
            records.add(TestEvents.record(event));
        }
        records.add(malformed);
        for (CloudEvent event : List.of(b[0], b[1], a[1], c[2])) {
            records.add(TestEvents.record(event));
        }
        sendAtOnce(records);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(v.token()).get("/api/v1/passports/" + v.id())
                .then().statusCode(200).body("totalHours", equalTo(3.0f)).body("verifiedActivities", equalTo(2)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<ConsumerRecord<String, byte[]>> dead = TestEvents.records(bootstrap, Topics.deadLetter("passport"),
                    v.id().toString());
            assertThat(dead).hasSize(1);
            assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
            assertThat(TestEvents.header(dead.get(0), "dead-letter-topic")).isEqualTo(Topics.ACTIVITY_ACTIVITIES);
            assertThat(TestEvents.header(dead.get(0), "dead-letter-reason")).contains("not well-formed JSON");
        });
        // and a later event still finds the passport as the events one by one would have left it
        v.facts().verified(UUID.randomUUID(), v.id(), v.org(), v.project(), "2026-02-05T04:00:00Z", "4");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(v.token()).get("/api/v1/passports/" + v.id())
                .then().statusCode(200).body("totalHours", equalTo(7.0f)).body("verifiedActivities", equalTo(3)));
    }

    @Test
    void aPollTouchingMoreVolunteersThanOneReadRecomputesEveryOne() {
        Facts facts = new Facts(bootstrap);
        UUID org = UUID.randomUUID();
        UUID project = facts.project(org, "Көп ерікті");
        int count = 2 * PassportProjection.RECOMPUTED_PER_READ + 50;
        List<UUID> volunteers = facts.volunteers(count, "KZ-71");
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID volunteer = volunteers.get(i);
            Instant start = Instant.parse("2026-06-01T04:00:00Z").plus(Duration.ofDays(i % 28));
            records.add(TestEvents.record(CloudEvent.of("/dvp/activity-service", new ActivityVerified(UUID.randomUUID(),
                    volunteer, org, project, "ZHAS_AGASH", Category.ECOLOGY, "KZ-71", start, start.plusSeconds(3600),
                    BigDecimal.valueOf(i % 5 + 1), ActivityMethod.SELF_REPORT, ActivityStatus.VERIFIED, Instant.now()))));
        }
        // sent at once, so that the consumer's polls touch more volunteers than one read recomputes
        sendAtOnce(records);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<UUID, BigDecimal> hours = new java.util.HashMap<>();
            pool.preparedQuery("select volunteer_id, total_hours from passport where volunteer_id = any($1) and verified_activities = 1")
                    .execute(Tuple.of(volunteers.toArray(UUID[]::new))).await().atMost(Duration.ofSeconds(10))
                    .forEach(row -> hours.put(row.getUUID(0), row.getBigDecimal(1)));
            assertThat(hours).hasSize(count);
            for (int i = 0; i < count; i++) {
                assertThat(hours.get(volunteers.get(i))).as("volunteer %d", i).isEqualByComparingTo(BigDecimal.valueOf(i % 5 + 1));
            }
        });
    }

    /** Sends the records without waiting in between (lingering to batch them), so that polls take many at once. */
    private void sendAtOnce(List<ProducerRecord<String, byte[]>> records) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap, ProducerConfig.LINGER_MS_CONFIG, 50), new StringSerializer(), new ByteArraySerializer())) {
            records.forEach(producer::send);
            producer.flush();
        }
    }

    /** A registered volunteer of KZ-71, an organization and its published project, and the volunteer's token. */
    private record Volunteer(Facts facts, UUID id, UUID org, UUID project, String token) {
    }

    private Volunteer volunteerOf(String projectName) {
        Facts facts = new Facts(bootstrap);
        UUID id = facts.volunteer("KZ-71", false);
        UUID org = UUID.randomUUID();
        return new Volunteer(facts, id, org, facts.project(org, projectName), TestTokens.volunteer(id));
    }

    /** An activity's submission, verification and, when {@code last} is REVOKED, revocation. */
    private static CloudEvent[] activity(UUID volunteer, UUID org, UUID project, String start, int hours,
                                         ActivityStatus last) {
        UUID id = UUID.randomUUID();
        Instant s = Instant.parse(start);
        Instant e = s.plusSeconds(3600L * hours);
        BigDecimal h = BigDecimal.valueOf(hours);
        List<CloudEvent> events = new ArrayList<>(List.of(
                CloudEvent.of("/dvp/activity-service", new ActivitySubmitted(id, volunteer, org, project, "ZHAS_AGASH",
                        Category.ECOLOGY, "KZ-71", s, e, h, ActivityMethod.SELF_REPORT, ActivityStatus.SUBMITTED, Instant.now())),
                CloudEvent.of("/dvp/activity-service", new ActivityVerified(id, volunteer, org, project, "ZHAS_AGASH",
                        Category.ECOLOGY, "KZ-71", s, e, h, ActivityMethod.SELF_REPORT, ActivityStatus.VERIFIED, Instant.now()))));
        if (last == ActivityStatus.REVOKED) {
            events.add(CloudEvent.of("/dvp/activity-service", new ActivityRevoked(id, volunteer, org, project, "ZHAS_AGASH",
                    Category.ECOLOGY, "KZ-71", s, e, h, ActivityMethod.SELF_REPORT, ActivityStatus.REVOKED, Instant.now())));
        }
        return events.toArray(CloudEvent[]::new);
    }

    /**
     * A transaction that fails half-way (here its connection is cut while it waits on a lock, as in a failover) is
     * retried, and the consumer goes on with the next events.
     */
    @Test
    void aConsumerWhoseConnectionIsCutMidTransactionRetriesAndGoesOn() {
        Volunteer v = volunteerOf("Үзілген байланыс");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(v.token()).get("/api/v1/passports/" + v.id())
                .then().statusCode(200));

        SqlConnection holder = pool.getConnection().await().atMost(Duration.ofSeconds(10));
        try {
            holder.query("begin").execute().await().atMost(Duration.ofSeconds(10));
            holder.query("lock table passport_activity in exclusive mode").execute().await().atMost(Duration.ofSeconds(10));
            v.facts().verified(UUID.randomUUID(), v.id(), v.org(), v.project(), "2026-05-02T04:00:00Z", "2");
            // the consumer's transaction now waits on the lock: cut its connection
            await().atMost(Duration.ofSeconds(30)).until(() -> holder.query("""
                    select pg_terminate_backend(pid) from pg_stat_activity
                    where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()""")
                    .execute().await().atMost(Duration.ofSeconds(10)).size() > 0);
            holder.query("commit").execute().await().atMost(Duration.ofSeconds(10));
        } finally {
            holder.close().await().atMost(Duration.ofSeconds(10));
        }
        v.facts().verified(UUID.randomUUID(), v.id(), v.org(), v.project(), "2026-05-03T04:00:00Z", "3");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as(v.token()).get("/api/v1/passports/" + v.id())
                .then().statusCode(200).body("totalHours", equalTo(5.0f)).body("verifiedActivities", equalTo(2)));
    }

    @Test
    void duplicatesAndEventsArrivingEarlyDoNotChangeTheTotals() {
        Facts facts = new Facts(bootstrap);
        UUID volunteer = UUID.randomUUID();
        UUID org = UUID.randomUUID();
        UUID lateProject = UUID.randomUUID();
        String token = TestTokens.volunteer(volunteer);

        // the activity before the volunteer's registration and before its project's publication, then redelivered
        CloudEvent verification = facts.verified(UUID.randomUUID(), volunteer, org, lateProject, "2026-04-01T04:00:00Z", "2");
        TestEvents.publish(bootstrap, verification);
        facts.verified(UUID.randomUUID(), volunteer, org, lateProject, "2026-04-02T04:00:00Z", "1.5");
        facts.registered(volunteer, "KZ-71", false);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(token).get("/api/v1/passports/" + volunteer)
                .then().statusCode(200).body("totalHours", equalTo(3.5f)).body("verifiedActivities", equalTo(2)));
        as(token).get("/api/v1/passports/" + volunteer + "/activities").then().body("items[0].projectName", nullValue());

        facts.projectPublished(org, lateProject, "Эко бақылау: Есіл");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(token).get("/api/v1/passports/" + volunteer + "/activities")
                .then().body("items.projectName", contains("Эко бақылау: Есіл", "Эко бақылау: Есіл")));
        as(token).get("/api/v1/passports/" + volunteer).then().body("totalHours", equalTo(3.5f));
    }

    @Test
    void programmeBadgeAndLevelAtThresholdsWithTheirPublicEvents() {
        Facts facts = new Facts(bootstrap);
        UUID volunteer = facts.volunteer("KZ-71", false);
        UUID org = UUID.randomUUID();
        UUID project = facts.project(org, "Жас ағаш 2026");
        for (int day = 1; day <= 4; day++) {
            facts.verified(UUID.randomUUID(), volunteer, org, project, "2026-03-0" + day + "T03:00:00Z", "5");
        }
        String token = TestTokens.volunteer(volunteer);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(token).get("/api/v1/passports/" + volunteer)
                .then().statusCode(200).body("totalHours", equalTo(20.0f))
                .body("badges", contains("PROGRAM_ZHAS_AGASH")).body("level.code", equalTo("FIRST_HOUR")));

        List<CloudEvent> published = new java.util.ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            published.clear();
            published.addAll(TestEvents.withKey(bootstrap, Topics.PASSPORT_PASSPORTS, volunteer.toString()));
            assertThat(published).filteredOn(e -> e.data() instanceof PassportUpdated
                    && ((PassportUpdated) e.data()).totalHours().compareTo(new java.math.BigDecimal("20")) == 0).isNotEmpty();
        });
        assertThat(published).filteredOn(e -> e.data() instanceof LevelAchieved).hasSize(1)
                .allSatisfy(e -> assertThat(((LevelAchieved) e.data()).level()).isEqualTo("FIRST_HOUR"));
        PassportUpdated last = (PassportUpdated) published.stream().filter(e -> e.data() instanceof PassportUpdated)
                .reduce((a, b) -> b).orElseThrow().data();
        assertThat(last.totalHours()).isEqualByComparingTo("20");
        assertThat(last.region()).isEqualTo("KZ-71");
        assertThat(last.birthYear()).isEqualTo(1999);
    }
}
