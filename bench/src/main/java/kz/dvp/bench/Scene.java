package kz.dvp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import kz.dvp.devstack.DemoIdentifiers;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

/**
 * What the load needs, made through the public APIs: a verified organization, its coordinator, an open project
 * and registered volunteers; and a slot scheme that gives every submitted activity its own hour, so no rule
 * (overlap, daily limits, age) refuses it.
 */
final class Scene {

    static final int HOURS_PER_DAY = 12;

    /** Access tokens live 15 minutes: a run longer than that calls {@link #renewTokens}. */
    volatile String admin;
    volatile String coordinator;
    final String project;
    final List<String> volunteers;

    private final String adminPassword;
    private final String coordinatorName;

    private Scene(String admin, String coordinator, String project, List<String> volunteers, String adminPassword,
                  String coordinatorName) {
        this.admin = admin;
        this.coordinator = coordinator;
        this.adminPassword = adminPassword;
        this.coordinatorName = coordinatorName;
        this.project = project;
        this.volunteers = volunteers;
    }

    static Scene make(Api api, String adminPassword, int volunteerCount) throws Exception {
        String admin = api.token("admin", adminPassword);
        String org = Api.expect(201, api.post(Api.ORG + "/api/v1/organizations", admin, Map.of("bin", DemoIdentifiers.bin("2211", 1),
                "nameKk", "Бенчмарк қоры", "legalForm", "Қоғамдық қор", "kind", "NGO", "region", "KZ-71",
                "address", "Астана", "contactEmail", "bench@example.kz", "contactPhone", "+77170000000"))).get("id").asText();
        Api.expect(200, api.post(Api.ORG + "/api/v1/organizations/" + org + "/verification", admin, Map.of("decision", "VERIFIED")));
        String username = "bench.coordinator." + System.currentTimeMillis();
        for (int i = 0; i < 120 && api.post(Api.IDENTITY + "/api/v1/accounts", admin, Map.of("username", username,
                "password", "correct-horse-battery", "role", "ORG_COORDINATOR", "organizationId", org)).statusCode() != 201; i++) {
            Thread.sleep(500); // identity learns of the verification from org's event
        }
        String coordinator = api.token(username, "correct-horse-battery");
        String project = Api.expect(201, api.post(Api.ORG + "/api/v1/organizations/" + org + "/projects", coordinator, Map.of(
                "name", "Бенчмарк жобасы", "description", "Load", "category", "ECOLOGY", "programCode", "ZHAS_AGASH",
                "regions", List.of("KZ-71"), "startDate", LocalDate.now().minusYears(2).toString(), "minorsAllowed", true,
                "maxHoursPerDay", HOURS_PER_DAY))).get("id").asText();

        List<String> volunteers = register(api, admin, 0, volunteerCount);
        return new Scene(admin, coordinator, project, List.copyOf(volunteers), adminPassword, username);
    }

    /** Registers volunteers number {@code first} to {@code first + count - 1} (each its own IIN); returns their ids. */
    static List<String> register(Api api, String admin, int first, int count) throws Exception {
        List<String> volunteers = new ArrayList<>();
        Semaphore inFlight = new Semaphore(16);
        List<CompletableFuture<Void>> registrations = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            inFlight.acquire();
            registrations.add(api.postAsync(Api.IDENTITY + "/api/v1/volunteers", admin, Map.of("iin", DemoIdentifiers.iin(LocalDate.of(1990, 1, 1).plusDays(i / 5000), true, i),
                            "firstName", "Ерікті", "lastName", "Бенчмарк", "region", "KZ-71",
                            "consent", Map.of("accepted", true, "version", "2026-01")))
                    .thenAccept(response -> {
                        try {
                            JsonNode body = Api.expect(201, response);
                            synchronized (volunteers) {
                                volunteers.add(body.get("id").asText());
                            }
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        } finally {
                            inFlight.release();
                        }
                    }));
        }
        CompletableFuture.allOf(registrations.toArray(CompletableFuture[]::new)).join();
        return volunteers;
    }

    /** The same organization, project and callers, with other volunteers. */
    Scene with(List<String> otherVolunteers) {
        return new Scene(admin, coordinator, project, List.copyOf(otherVolunteers), adminPassword, coordinatorName);
    }

    /** Logs the admin and the coordinator in again. */
    void renewTokens(Api api) throws Exception {
        admin = api.token("admin", adminPassword);
        coordinator = api.token(coordinatorName, "correct-horse-battery");
    }

    /** Where activity number n goes: which volunteer, and the hour it starts. */
    record Slot(int volunteer, Instant start) {
    }

    /**
     * Activity n: volunteer n mod V, in that volunteer's own next free hour (00:00–12:00 UTC, 05:00–17:00 in
     * Almaty, so one local day), going back a day each 12 hours, never older than 360 days.
     */
    static Slot slot(long n, int volunteerCount, LocalDate today) {
        long slot = n / volunteerCount;
        long day = 1 + slot / HOURS_PER_DAY;
        if (day > 360) {
            throw new IllegalStateException("Out of slots: more volunteers are needed for this much load");
        }
        return new Slot((int) (n % volunteerCount),
                today.minusDays(day).atTime((int) (slot % HOURS_PER_DAY), 0).toInstant(ZoneOffset.UTC));
    }

    Map<String, Object> activity(long n) {
        Slot slot = slot(n, volunteers.size(), LocalDate.now(ZoneOffset.UTC));
        return Map.of("volunteerId", volunteers.get(slot.volunteer()), "projectId", project, "start", slot.start().toString(),
                "end", slot.start().plusSeconds(3600).toString(), "description", "Benchmark hour", "method", "COORDINATOR");
    }

    /** Waits until activity-service knows the volunteers and the project (they arrive as events). */
    void awaitActivityReplicas(Api api) throws Exception {
        Map<String, Object> probe = activity(volunteers.size() - 1 + (long) volunteers.size() * 359 * HOURS_PER_DAY);
        for (int i = 0; i < 240; i++) {
            int status = api.post(Api.ACTIVITY + "/api/v1/activities", coordinator, probe).statusCode();
            if (status == 201) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("activity-service did not learn of the volunteers in 2 minutes");
    }
}
