package kz.dvp.passport;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import kz.dvp.events.ActivityMethod;
import kz.dvp.events.ActivityRejected;
import kz.dvp.events.ActivityStatus;
import kz.dvp.events.Category;
import kz.dvp.events.VolunteerStatus;
import kz.dvp.events.VolunteerStatusChanged;
import kz.dvp.passport.support.Facts;
import kz.dvp.platform.testing.TestEvents;
import kz.dvp.platform.testing.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static kz.dvp.passport.support.Facts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

/** Passports rebuilt from the topics equal the ones maintained event by event. */
@QuarkusTest
class RebuildTest extends WithDevStack {

    private static final String FIGURES = """
            select volunteer_id, passport_number, region, birth_year, status, partner_sharing, total_hours,
                   verified_activities, organizations, projects, hours_by_category, hours_by_program, hours_by_year,
                   hours_by_region, first_activity_on, last_activity_on, level, badges
            from passport order by volunteer_id""";
    /** The tables' indexes and keys: a later migration may name one. */
    private static final String INDEXES = """
            select tablename, indexname, indexdef from pg_indexes where schemaname = 'public'
            and tablename in ('passport', 'passport_activity', 'organization_name', 'project_name') order by indexname""";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    Pool pool;

    @Test
    void rebuiltPassportsEqualTheIncrementallyMaintainedOnes() {
        Facts facts = new Facts(bootstrap);
        UUID org = UUID.randomUUID();
        UUID project = facts.project(org, "Жас ағаш: Бурабай");
        UUID steady = facts.volunteer("KZ-11", true);
        UUID revoked = facts.volunteer("KZ-71", false);
        UUID activityToRevoke = UUID.randomUUID();
        for (int day = 1; day <= 7; day++) {
            facts.verified(UUID.randomUUID(), steady, org, project, "2026-0" + day + "-10T04:00:00Z", "3.25");
        }
        facts.verified(activityToRevoke, revoked, org, project, "2026-02-01T04:00:00Z", "60");
        facts.revoked(activityToRevoke, revoked, org, project, "2026-02-01T04:00:00Z", "60");
        facts.publish(new ActivityRejected(UUID.randomUUID(), revoked, org, project, "ZHAS_AGASH", Category.ECOLOGY, "KZ-71",
                Instant.parse("2026-03-01T04:00:00Z"), Instant.parse("2026-03-01T06:00:00Z"), new BigDecimal("2"),
                ActivityMethod.SELF_REPORT, ActivityStatus.REJECTED, Instant.now()));
        TestEvents.publish(bootstrap, "/dvp/identity-service",
                new VolunteerStatusChanged(revoked, VolunteerStatus.ACTIVE, VolunteerStatus.SUSPENDED, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(TestTokens.admin()).get("/api/v1/passports/" + steady)
                .then().statusCode(200).body("totalHours", equalTo(22.75f)).body("badges", hasItems(
                        "PROGRAM_ZHAS_AGASH", "MONTHS_6")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(TestTokens.admin()).get("/api/v1/passports/" + revoked)
                .then().statusCode(200).body("status", equalTo("SUSPENDED")).body("totalHours", equalTo(0.0f)));
        List<String> live = quiet();
        List<String> indexes = snapshot(INDEXES);

        as(TestTokens.operator("KZ-11")).post("/api/v1/admin/passport-rebuilds").then().statusCode(403);
        as(TestTokens.admin()).post("/api/v1/admin/passport-rebuilds").then().statusCode(202).body("state", equalTo("RUNNING"))
                .body("step", equalTo("replay"));
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> as(TestTokens.admin())
                .get("/api/v1/admin/passport-rebuilds/current").then().statusCode(200).body("state", equalTo("DONE"))
                .body("percent", equalTo(100.0f)).body("step", nullValue())
                .body("steps.step", contains("replay", "indexes", "figures", "switch-over"))
                .body("steps.seconds", everyItem(greaterThanOrEqualTo(0f))));

        assertThat(snapshot(FIGURES)).isEqualTo(live);
        assertThat(snapshot(INDEXES)).isEqualTo(indexes).anyMatch(index -> index.contains("passport_activity_volunteer_verified|")
                && index.endsWith("WHERE ((status)::text = 'VERIFIED'::text)|"));
        as(TestTokens.admin()).get("/api/v1/passports/" + steady).then().statusCode(200).body("totalHours", equalTo(22.75f));
    }

    /** The live passports once nothing changes any more. */
    private List<String> quiet() {
        List<List<String>> last = new ArrayList<>(List.of(List.of()));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            List<String> now = snapshot(FIGURES);
            boolean stable = now.equals(last.get(0));
            last.set(0, now);
            return stable;
        });
        return last.get(0);
    }

    private List<String> snapshot(String query) {
        List<String> rows = new ArrayList<>();
        for (Row row : pool.query(query).execute().await().atMost(Duration.ofSeconds(10))) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(row.getValue(i)).append('|');
            }
            rows.add(line.toString());
        }
        return rows;
    }
}
