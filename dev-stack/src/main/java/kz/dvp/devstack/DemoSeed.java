package kz.dvp.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;

/**
 * {@code ./dvp seed [--volunteers N]}: realistic demo data through the public REST APIs of a running platform:
 * an operator per region, organizations (most verified), their coordinators and projects under the national
 * programmes, N volunteers of varied ages and regions, and their activities submitted, verified, rejected and
 * a few revoked. Everything is derived from a fixed seed and created with Idempotency-Keys or recognised as
 * existing, so running it again creates nothing twice.
 */
public final class DemoSeed {

    private static final String[] REGIONS = {"KZ-10", "KZ-11", "KZ-15", "KZ-19", "KZ-23", "KZ-27", "KZ-31", "KZ-33",
            "KZ-35", "KZ-39", "KZ-43", "KZ-47", "KZ-55", "KZ-59", "KZ-61", "KZ-62", "KZ-63", "KZ-71", "KZ-75", "KZ-79"};
    private static final String[] PROGRAMS = {"ZHAS_AGASH", "EKO_BAKYLAU", "BILIM_VOLUNTEERS", null};
    private static final String[] CATEGORIES = {"ECOLOGY", "ECOLOGY", "EDUCATION", "SOCIAL"};
    private static final String[] FIRST = {"Айгүл", "Ерлан", "Дана", "Нұрлан", "Әсел", "Бауыржан", "Мария", "Ivan", "Гүлнұр", "Тимур"};
    private static final String[] LAST = {"Сейітова", "Омаров", "Қасымова", "Ахметов", "Иванова", "Жұмабаев", "Smith", "Серікова"};
    private static final String PASSWORD = "correct-horse-battery";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final Random random = new Random(2026);
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final String adminToken;

    private DemoSeed(String adminPassword) throws Exception {
        this.adminToken = token("admin", adminPassword);
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        int volunteers = args.length > 2 && args[1].equals("--volunteers") ? Integer.parseInt(args[2]) : 1000;
        Properties keys = new Properties();
        try (Reader reader = Files.newBufferedReader(home.resolve("data/identity-keys/dev-keys.properties"))) {
            keys.load(reader);
        }
        new DemoSeed(keys.getProperty("bootstrap-admin")).seed(volunteers);
    }

    private void seed(int volunteerCount) throws Exception {
        staff("analyst", "ANALYST", null, null); // for the national dashboard
        Map<String, String> operators = new HashMap<>();
        for (String region : REGIONS) {
            operators.put(region, staff("operator." + region.toLowerCase().replace("-", ""), "REGIONAL_OPERATOR", region, null));
            progress("operators", operators.size(), REGIONS.length);
        }
        List<Project> projects = new ArrayList<>();
        for (int i = 0; i < REGIONS.length * 2; i++) {
            String region = REGIONS[i % REGIONS.length];
            String operator = operators.get(region);
            String organization = organization(i, region, operator);
            if (i % 5 != 4) { // one in five stays pending
                send("POST", "org-service", "/api/v1/organizations/" + organization + "/verification", operator,
                        Map.of("decision", "VERIFIED"), null);
                String coordinatorName = "coordinator.org" + i;
                String coordinator = retrying(() -> staff(coordinatorName, "ORG_COORDINATOR", null, organization), 60);
                projects.add(project(i, region, organization, coordinator));
            }
            progress("organizations", i + 1, REGIONS.length * 2);
        }
        List<String> volunteers = new ArrayList<>();
        for (int v = 0; v < volunteerCount; v++) {
            String region = REGIONS[random.nextInt(REGIONS.length)];
            volunteers.add(volunteer(v, region, operators.get(region)));
            progress("volunteers", v + 1, volunteerCount);
        }
        // by now activity-service has mostly caught up with the registrations
        for (int v = 0; v < volunteerCount; v++) {
            Project project = projects.get(random.nextInt(projects.size()));
            int activities = 1 + random.nextInt(3);
            for (int a = 0; a < activities; a++) {
                activity(v, a, volunteers.get(v), project, operators.get(project.region()));
            }
            progress("activities", v + 1, volunteerCount);
        }
        System.out.println();
        System.out.println("Seeded (created or already there): " + counts);
        System.out.println("Dashboard: http://127.0.0.1:8084/dashboard (analyst / " + PASSWORD + ", or operator.kz71 / "
                + PASSWORD + " for Astana highlighted)");
    }

    private record Project(String id, String region, String coordinator) {
    }

    private String organization(int i, String region, String operator) throws Exception {
        Map<String, Object> body = Map.of("bin", DemoIdentifiers.bin("2103", i), "nameKk", "«Ерікті-" + (i + 1) + "» қоры",
                "nameRu", "Фонд «Волонтёр-" + (i + 1) + "»", "legalForm", "Қоғамдық қор", "kind", i % 3 == 0 ? "SCHOOL_OR_UNIVERSITY" : "NGO",
                "region", region, "address", region + ", demo address " + (i + 1), "contactEmail", "org" + i + "@example.kz",
                "contactPhone", "+7701000" + String.format("%04d", i));
        HttpResponse<String> created = send("POST", "org-service", "/api/v1/organizations", operator, body, null);
        count("organizations");
        JsonNode answer = json.readTree(created.body());
        return created.statusCode() == 201 ? answer.get("id").asText() : answer.get("existingOrganizationId").asText();
    }

    private Project project(int i, String region, String organization, String coordinator) throws Exception {
        String program = PROGRAMS[i % PROGRAMS.length];
        Map<String, Object> body = new HashMap<>(Map.of("name", "Demo project " + (i + 1), "description", "Demo data",
                "category", CATEGORIES[i % CATEGORIES.length], "regions", List.of(region),
                "startDate", LocalDate.now().minusYears(1).toString(), "minorsAllowed", true, "maxHoursPerDay", 8));
        if (program != null) {
            body.put("programCode", program);
        }
        HttpResponse<String> created = send("POST", "org-service", "/api/v1/organizations/" + organization + "/projects",
                coordinator, body, "seed-project-" + i);
        count("projects");
        return new Project(json.readTree(created.body()).get("id").asText(), region, coordinator);
    }

    private String volunteer(int v, String region, String operator) throws Exception {
        int age = v % 10 == 0 ? 16 : 18 + random.nextInt(45);
        LocalDate born = LocalDate.now().minusYears(age).minusDays(1 + random.nextInt(360));
        Map<String, Object> body = new HashMap<>(Map.of("iin", DemoIdentifiers.iin(born, random.nextBoolean(), v),
                "firstName", FIRST[random.nextInt(FIRST.length)], "lastName", LAST[random.nextInt(LAST.length)],
                "region", region, "languages", List.of("kk", "ru"), "consent", Map.of("accepted", true, "version", "2026-01"),
                "partnerSharing", random.nextBoolean()));
        if (age < 18) {
            body.put("guardian", Map.of("iin", DemoIdentifiers.iin(born.minusYears(28), true, v), "fullName", "Заңды Өкіл",
                    "phone", "+77010000000", "consent", true));
        }
        // latin and cyrillic are not mixed in one name: pair them consistently
        if (body.get("lastName").equals("Smith") || body.get("firstName").equals("Ivan")) {
            body.put("firstName", "Ivan");
            body.put("lastName", "Smith");
        }
        HttpResponse<String> created = send("POST", "identity-service", "/api/v1/volunteers", operator, body, "seed-volunteer-" + v);
        count("volunteers");
        JsonNode answer = json.readTree(created.body());
        return created.statusCode() == 201 ? answer.get("id").asText() : answer.get("existingVolunteerId").asText();
    }

    private void activity(int v, int a, String volunteer, Project project, String operator) throws Exception {
        LocalDate day = LocalDate.now().minusDays(2 + (long) a * 7 + random.nextInt(5));
        Map<String, Object> body = Map.of("volunteerId", volunteer, "projectId", project.id(),
                "start", day.atTime(4, 0).toInstant(ZoneOffset.UTC).toString(),
                "end", day.atTime(4 + 1 + random.nextInt(6), 0).toInstant(ZoneOffset.UTC).toString(),
                "description", "Demo activity", "method", "COORDINATOR");
        HttpResponse<String> created = retrying(() -> {
            HttpResponse<String> r = send("POST", "activity-service", "/api/v1/activities", project.coordinator(), body,
                    "seed-activity-" + v + "-" + a);
            return r.statusCode() == 503 ? null : r;
        }, 60);
        if (created.statusCode() != 201) {
            count("activities refused by a rule");
            return;
        }
        count("activities");
        String id = json.readTree(created.body()).get("id").asText();
        int roll = random.nextInt(100);
        String path = "/api/v1/activities/" + id;
        if (roll < 10) {
            send("POST", "activity-service", path + "/verification", operator, Map.of("decision", "REJECTED",
                    "reason", "Demo: not confirmed"), null);
            count("rejected");
        } else if (roll < 90) {
            send("POST", "activity-service", path + "/verification", operator, Map.of("decision", "VERIFIED"), null);
            count("verified");
            if (roll < 13) {
                send("POST", "activity-service", path + "/revocation", operator, Map.of("reason", "Demo: revoked"), null);
                count("revoked");
            }
        }
    }

    private String staff(String username, String role, String region, String organization) throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "password", PASSWORD, "role", role));
        if (region != null) {
            body.put("region", region);
        }
        if (organization != null) {
            body.put("organizationId", organization);
        }
        HttpResponse<String> created = send("POST", "identity-service", "/api/v1/accounts", adminToken, body, null);
        if (created.statusCode() == 503 || created.body().contains("organization-not-verified")) {
            return null; // identity has not heard of the organization's verification yet
        }
        if (created.statusCode() != 201 && created.statusCode() != 409) {
            throw new IllegalStateException("Account " + username + ": " + created.body());
        }
        count(role.toLowerCase() + " accounts");
        return token(username, PASSWORD);
    }

    private String token(String username, String password) throws Exception {
        String form = "grant_type=password&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("identity-service") + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Login of " + username + " failed: " + response.body());
        }
        return json.readTree(response.body()).get("access_token").asText();
    }

    private HttpResponse<String> send(String method, String service, String path, String token, Object body,
                                      String idempotencyKey) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(service) + path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 500 && response.statusCode() != 503) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private static String url(String service) {
        return "http://127.0.0.1:" + switch (service) {
            case "identity-service" -> 8081;
            case "org-service" -> 8082;
            case "activity-service" -> 8083;
            default -> 8084;
        };
    }

    @FunctionalInterface
    private interface Attempt<T> {
        T run() throws Exception;
    }

    /** Retries while the answer is null (a fact still on its way between services), for up to {@code seconds}. */
    private static <T> T retrying(Attempt<T> attempt, int seconds) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        T result = attempt.run();
        while (result == null && System.nanoTime() < deadline) {
            Thread.sleep(250);
            result = attempt.run();
        }
        if (result == null) {
            throw new IllegalStateException("Gave up waiting for the services to learn of each other");
        }
        return result;
    }

    private void count(String what) {
        counts.merge(what, 1, Integer::sum);
    }

    private static void progress(String what, int done, int total) {
        int width = 30;
        int filled = (int) ((long) done * width / total);
        System.out.printf("\r%-14s [%s%s] %d/%d", what, "#".repeat(filled), " ".repeat(width - filled), done, total);
        if (done == total) {
            System.out.println();
        }
    }

}
