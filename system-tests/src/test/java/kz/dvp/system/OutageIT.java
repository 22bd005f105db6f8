package kz.dvp.system;

import com.fasterxml.jackson.databind.JsonNode;
import kz.dvp.system.AccessPolicy.Caller;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import static kz.dvp.system.PlatformCalls.JSON;
import static kz.dvp.system.PlatformCalls.eventually;
import static kz.dvp.system.PlatformCalls.get;
import static kz.dvp.system.PlatformCalls.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast part of the fault drills ({@code ./dvp chaos} runs them all under load): a database outage is a 503
 * with Retry-After and a not-ready service that recovers on its own; a passport-service killed with SIGKILL
 * between verifications catches up on restart with nothing lost and nothing counted twice.
 */
class OutageIT {

    private static RunningPlatform platform;
    private static TestWorld world;

    @BeforeAll
    static void world() throws Exception {
        platform = RunningPlatform.get();
        world = new TestWorld();
    }

    @Test
    void whilePostgresIsDownCallersGet503WithRetryAfterAndTheServicesRecoverByThemselves() throws Exception {
        platform.infrastructure.stopPostgres();
        try {
            HttpResponse<String> read = get("identity-service", "/api/v1/volunteers/" + UUID.randomUUID(), world.admin);
            assertThat(read.statusCode()).as(read.body()).isEqualTo(503);
            assertThat(read.headers().firstValue("Retry-After")).isPresent();
            assertThat(read.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            HttpResponse<String> write = post("activity-service", "/api/v1/activities", world.coordinator,
                    world.submission(Caller.COORDINATOR));
            assertThat(write.statusCode()).as(write.body()).isEqualTo(503);
            assertThat(write.headers().firstValue("Retry-After")).isPresent();
            for (PlatformServices service : PlatformServices.ALL) {
                assertThat(eventually(() -> get(service.name(), "/q/health/ready", null), r -> r.statusCode() == 503)
                        .statusCode()).as(service.name() + " not ready without its database").isEqualTo(503);
            }
        } finally {
            platform.infrastructure.startPostgres();
        }
        for (PlatformServices service : PlatformServices.ALL) {
            assertThat(eventually(() -> get(service.name(), "/q/health/ready", null), r -> r.statusCode() == 200)
                    .statusCode()).as(service.name() + " ready again, not restarted").isEqualTo(200);
        }
        assertThat(eventually(() -> post("activity-service", "/api/v1/activities", world.coordinator,
                world.submission(Caller.COORDINATOR)), r -> r.statusCode() != 503).statusCode()).isEqualTo(201);
    }

    @Test
    void aKilledPassportServiceCatchesUpWithNothingLostAndNothingCountedTwice() throws Exception {
        String volunteer = world.subject(Caller.SELF).id();
        double before = passport(volunteer).get("totalHours").asDouble();
        for (int i = 0; i < 5; i++) {
            world.freshActivity(Caller.SELF, true);
        }
        Duration ready = platform.killAndRestart("passport-service");
        for (int i = 0; i < 5; i++) {
            world.freshActivity(Caller.SELF, true);
        }
        System.out.printf("passport-service ready %.1f s after kill -9%n", ready.toMillis() / 1000.0);
        HttpResponse<String> caughtUp = eventually(() -> get("passport-service", "/api/v1/passports/" + volunteer, world.admin),
                r -> r.statusCode() == 200 && r.body().contains("\"totalHours\":" + (int) (before + 10)));
        JsonNode passport = JSON.readTree(caughtUp.body());
        assertThat(passport.get("totalHours").asDouble()).isEqualTo(before + 10);
        Thread.sleep(3000); // a redelivered event would land now: the total must not move past the truth
        assertThat(passport(volunteer).get("totalHours").asDouble()).isEqualTo(before + 10);
    }

    private static JsonNode passport(String volunteer) throws Exception {
        return JSON.readTree(eventually(() -> get("passport-service", "/api/v1/passports/" + volunteer, world.admin),
                r -> r.statusCode() == 200).body());
    }
}
