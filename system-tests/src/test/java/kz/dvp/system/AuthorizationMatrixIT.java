package kz.dvp.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static kz.dvp.system.PlatformCalls.JSON;
import static kz.dvp.system.PlatformCalls.eventually;
import static kz.dvp.system.PlatformCalls.expect;
import static kz.dvp.system.PlatformCalls.get;
import static kz.dvp.system.PlatformCalls.post;
import static kz.dvp.system.PlatformCalls.send;
import static kz.dvp.system.PlatformCalls.token;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of the four services against every kind of caller, with the status each must get (OWASP API1
 * object-level and API5 function-level authorization). The table below is the platform's access policy: a new
 * endpoint without a row fails {@link #everyPublishedEndpointHasADecision()}.
 *
 * <p>Columns, in order: no token, expired token, token signed by another key, the volunteer themselves, another
 * volunteer, the coordinator of the activity's organization, a coordinator of another one, the operator of the
 * volunteer's region, an operator of another region, a national admin, a partner with {@code passport.read}
 * reading a volunteer who shares with partners, the same partner reading one who does not, a partner without that
 * scope, an analyst. Mutating calls act on a fresh object made for each caller, so one allowed call does not
 * change what the next one finds.
 */
class AuthorizationMatrixIT {

    enum Caller { NONE, EXPIRED, FORGED, SELF, OTHER_VOLUNTEER, COORDINATOR, OTHER_COORDINATOR, OPERATOR, OTHER_OPERATOR,
        ADMIN, PARTNER, PARTNER_NOT_SHARED, PARTNER_NO_SCOPE, ANALYST }

    //                                   NONE EXP FRG SELF OVOL COOR OCOO OPER OOPE ADMI PART PNSH PNSC ANAL
    private static final String PUBLIC = "200 401 401 200 200 200 200 200 200 200 200 200 200 200";

    private static final List<Row> TABLE = List.of(
            // identity-service
            row("POST", "identity-service", "/api/v1/volunteers",
                    "201 401 401 403 403 403 403 201 403 201 403 403 403 403", (w, c) -> "", (w, c) -> w.registration(c)),
            row("GET", "identity-service", "/api/v1/volunteers",
                    "401 401 401 403 403 403 403 200 404 200 403 403 403 403", (w, c) -> "?iin=" + w.subject(c).iin),
            row("GET", "identity-service", "/api/v1/volunteers/{id}",
                    "401 401 401 200 404 403 403 200 404 200 403 403 403 403", (w, c) -> w.subject(c).id),
            row("PATCH", "identity-service", "/api/v1/volunteers/{id}",
                    "401 401 401 200 404 403 403 200 404 200 403 403 403 403", (w, c) -> w.subject(c).id,
                    (w, c) -> Map.of("languages", List.of("kk", "ru"))),
            row("POST", "identity-service", "/api/v1/volunteers/{id}/status",
                    "401 401 401 403 403 403 403 200 404 200 403 403 403 403", (w, c) -> w.freshVolunteer(),
                    (w, c) -> Map.of("status", "SUSPENDED", "reason", "Authorization matrix")),
            row("GET", "identity-service", "/api/v1/volunteers/{id}/identity-hash",
                    "401 401 401 200 404 403 403 200 404 200 403 403 403 403", (w, c) -> w.subject(c).id),
            row("GET", "identity-service", "/api/v1/volunteers/{id}/status-history",
                    "401 401 401 403 403 403 403 200 404 200 403 403 403 403", (w, c) -> w.subject(c).id),
            row("POST", "identity-service", "/api/v1/accounts",
                    "401 401 401 403 403 403 403 201 403 201 403 403 403 403", (w, c) -> "",
                    (w, c) -> Map.of("username", "coordinator." + suffix(), "password", "correct-horse-battery",
                            "role", "ORG_COORDINATOR", "organizationId", w.organization)),
            row("POST", "identity-service", "/api/v1/partners",
                    "401 401 401 403 403 403 403 403 403 201 403 403 403 403", (w, c) -> "",
                    (w, c) -> Map.of("name", "University " + suffix(), "scopes", List.of("passport.read"))),
            row("POST", "identity-service", "/api/v1/admin/key-rotation",
                    "401 401 401 403 403 403 403 403 403 200 403 403 403 403", (w, c) -> ""),
            row("GET", "identity-service", "/api/v1/regions", PUBLIC, (w, c) -> ""),
            row("GET", "identity-service", "/.well-known/jwks.json", PUBLIC, (w, c) -> ""),
            row("GET", "identity-service", "/.well-known/openid-configuration", PUBLIC, (w, c) -> ""),
            // the token endpoint is a login for anyone; it takes forms only, so this JSON body is refused as such
            row("POST", "identity-service", "/oauth2/token",
                    "415 415 415 415 415 415 415 415 415 415 415 415 415 415", (w, c) -> "", (w, c) -> Map.of()),
            // org-service
            row("POST", "org-service", "/api/v1/organizations",
                    "201 401 401 403 403 403 403 201 403 201 403 403 403 403", (w, c) -> "", (w, c) -> organization()),
            row("GET", "org-service", "/api/v1/organizations", PUBLIC, (w, c) -> "?region=KZ-71"),
            row("GET", "org-service", "/api/v1/organizations/{id}", PUBLIC, (w, c) -> w.organization),
            row("POST", "org-service", "/api/v1/organizations/{id}/verification",
                    "401 401 401 403 403 403 403 200 403 200 403 403 403 403", (w, c) -> w.freshOrganization(false),
                    (w, c) -> Map.of("decision", "VERIFIED")),
            row("POST", "org-service", "/api/v1/organizations/{id}/suspension",
                    "401 401 401 403 403 403 403 200 403 200 403 403 403 403", (w, c) -> w.freshOrganization(true),
                    (w, c) -> Map.of("action", "SUSPEND", "reason", "Authorization matrix")),
            row("GET", "org-service", "/api/v1/organizations/{id}/decisions",
                    "401 401 401 403 403 200 404 200 404 200 403 403 403 403", (w, c) -> w.organization),
            row("POST", "org-service", "/api/v1/organizations/{id}/projects",
                    "401 401 401 403 403 201 403 403 403 201 403 403 403 403", (w, c) -> w.organization,
                    (w, c) -> project()),
            row("GET", "org-service", "/api/v1/projects", PUBLIC, (w, c) -> "?region=KZ-71"),
            row("GET", "org-service", "/api/v1/projects/{id}", PUBLIC, (w, c) -> w.project),
            row("POST", "org-service", "/api/v1/projects/{id}/closure",
                    "401 401 401 403 403 200 403 403 403 200 403 403 403 403", (w, c) -> w.freshProject()),
            row("GET", "org-service", "/api/v1/programs", PUBLIC, (w, c) -> ""),
            row("POST", "org-service", "/api/v1/programs",
                    "401 401 401 403 403 403 403 403 403 201 403 403 403 403", (w, c) -> "",
                    (w, c) -> Map.of("code", "MATRIX_" + suffix().toUpperCase(), "nameKk", "Бағдарлама",
                            "nameRu", "Программа", "nameEn", "Programme", "category", "EDUCATION")),
            // activity-service
            row("POST", "activity-service", "/api/v1/activities",
                    "401 401 401 201 403 201 403 403 403 403 403 403 403 403", (w, c) -> "", (w, c) -> w.submission(c)),
            row("POST", "activity-service", "/api/v1/activities/batch",
                    "401 401 401 403 403 200 200* 403 403 403 403 403 403 403", (w, c) -> "",
                    (w, c) -> Map.of("items", List.of(w.submission(Caller.COORDINATOR)))),
            row("GET", "activity-service", "/api/v1/activities",
                    "401 401 401 200 403 200 200 200 200 200 403 403 403 403", (w, c) -> "?volunteerId=" + w.subject(c).id),
            row("GET", "activity-service", "/api/v1/activities/{id}",
                    "401 401 401 200 404 200 404 200 404 200 403 403 403 403", (w, c) -> w.subject(c).activity),
            row("GET", "activity-service", "/api/v1/activities/{id}/history",
                    "401 401 401 200 404 200 404 200 404 200 403 403 403 403", (w, c) -> w.subject(c).activity),
            row("POST", "activity-service", "/api/v1/activities/{id}/verification",
                    "401 401 401 403 403 200 403 200 403 200 403 403 403 403", (w, c) -> w.freshActivity(c, false),
                    (w, c) -> Map.of("decision", "VERIFIED")),
            row("POST", "activity-service", "/api/v1/activities/verifications",
                    "401 401 401 403 403 200 200* 200 200* 200 403 403 403 403", (w, c) -> "",
                    (w, c) -> Map.of("ids", List.of(w.freshActivity(c, false)), "decision", "VERIFIED")),
            row("POST", "activity-service", "/api/v1/activities/{id}/revocation",
                    "401 401 401 403 403 403 403 200 403 200 403 403 403 403", (w, c) -> w.freshActivity(c, true),
                    (w, c) -> Map.of("reason", "Authorization matrix")),
            row("POST", "activity-service", "/api/v1/projects/{projectId}/check-ins",
                    "401 401 401 201 403 201 403 403 403 403 403 403 403 403", (w, c) -> w.projectKnownToActivities(),
                    (w, c) -> Map.of("volunteerId", w.subject(c).id)),
            row("POST", "activity-service", "/api/v1/projects/{projectId}/check-outs",
                    "401 401 401 409 403 409 403 403 403 403 403 403 403 403", (w, c) -> w.projectKnownToActivities(),
                    (w, c) -> Map.of("volunteerId", w.subject(c).id)),
            // passport-service
            row("GET", "passport-service", "/api/v1/passports/{volunteerId}",
                    "401 401 401 200 404 403 403 200 404 200 200 404 404 403", (w, c) -> w.subject(c).id),
            row("GET", "passport-service", "/api/v1/passports/{volunteerId}/activities",
                    "401 401 401 200 404 403 403 200 404 200 200 404 404 403", (w, c) -> w.subject(c).id),
            row("GET", "passport-service", "/api/v1/passports/{volunteerId}/credential",
                    "401 401 401 200 404 403 403 200 404 200 403 403 403 403", (w, c) -> w.subject(c).id),
            row("GET", "passport-service", "/api/v1/passports/{volunteerId}/document.pdf",
                    "401 401 401 200 404 403 403 200 404 200 403 403 403 403", (w, c) -> w.subject(c).id),
            row("POST", "passport-service", "/api/v1/credentials/verifications", PUBLIC, (w, c) -> "",
                    (w, c) -> Map.of("credential", w.credential)),
            row("GET", "passport-service", "/public/passports/{passportNumber}", PUBLIC, (w, c) -> w.subject(c).passportNumber),
            row("GET", "passport-service", "/public/credentials/status/{list}", PUBLIC, (w, c) -> w.statusList),
            row("GET", "passport-service", "/.well-known/jwks.json", PUBLIC, (w, c) -> ""),
            row("GET", "passport-service", "/.well-known/did.json", PUBLIC, (w, c) -> ""),
            row("GET", "passport-service", "/api/v1/admin/passport-rebuilds/current",
                    "401 401 401 403 403 403 403 403 403 200 403 403 403 403", (w, c) -> ""),
            row("GET", "passport-service", "/api/v1/stats/national",
                    "401 401 401 403 403 403 403 200 200 200 403 403 403 200", (w, c) -> ""),
            row("GET", "passport-service", "/api/v1/stats/regions",
                    "401 401 401 403 403 403 403 200 200 200 403 403 403 200", (w, c) -> ""),
            row("GET", "passport-service", "/api/v1/stats/stream",
                    "401 401 401 403 403 403 403 200 200 200 403 403 403 200", (w, c) -> ""),
            // the page itself is static: /dashboard redirects to /dashboard/
            row("GET", "passport-service", "/dashboard", "303 401 401 303 303 303 303 303 303 303 303 303 303 303",
                    (w, c) -> ""),
            row("GET", "passport-service", "/dashboard/config.json", PUBLIC, (w, c) -> ""));

    /** Endpoints kept out of the table on purpose, with why. */
    private static final Map<String, String> NOT_IN_TABLE = Map.of(
            "POST passport-service /api/v1/admin/passport-rebuilds",
            "a rebuild swaps the live projection under the other system tests; PassportRebuildTest covers its roles");

    private static World world;

    @BeforeAll
    static void world() throws Exception {
        RunningPlatform.get();
        world = new World();
    }

    @Test
    void everyEndpointGivesEachCallerTheStatusOfTheTable() throws Exception {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Row row : TABLE) {
            for (Caller caller : Caller.values()) {
                String expected = row.expected.get(caller);
                String target = row.concrete(world, caller);
                Object body = row.body == null ? null : row.body.make(world, caller);
                PlatformCalls.Reply reply = send(row.method, row.service, target, world.tokens.get(caller), body);
                checked++;
                String got = label(row, reply);
                if (!got.equals(expected)) {
                    wrong.add(String.format("%-6s %-17s %-48s %-18s expected %s, got %s %s", row.method, row.service,
                            row.path, caller, expected, got, abbreviate(reply.body())));
                }
                if (reply.status() >= 400 && got.equals(expected)) {
                    assertThat(reply.contentType()).as(row + " " + caller).startsWith("application/problem+json");
                }
            }
        }
        System.out.printf("Authorization matrix: %d endpoints x %d callers = %d calls, %d differ%n", TABLE.size(),
                Caller.values().length, checked, wrong.size());
        assertThat(wrong).as("calls whose status differs from the table").isEmpty();
    }

    @Test
    void everyPublishedEndpointHasADecision() throws Exception {
        Set<String> published = new TreeSet<>();
        for (String service : List.of("identity-service", "org-service", "activity-service", "passport-service")) {
            JsonNode paths = JSON.readTree(get(service, "/q/openapi?format=json", null).body()).get("paths");
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                path.getValue().fieldNames().forEachRemaining(method -> published.add(
                        method.toUpperCase() + " " + service + " " + path.getKey()));
            }
        }
        Set<String> decided = new TreeSet<>(NOT_IN_TABLE.keySet());
        TABLE.forEach(row -> decided.add(row.method + " " + row.service + " " + row.path));
        assertThat(decided).as("endpoints with a decision").containsAll(published);
    }

    /** The status, marked {@code 200*} when a per-item answer (batch, bulk) refused every item. */
    private static String label(Row row, PlatformCalls.Reply reply) throws Exception {
        boolean allRefused = row.method.equals("POST") && reply.status() == 200
                && reply.body().startsWith("{") && JSON.readTree(reply.body()).path("accepted").asInt(-1) == 0;
        return reply.status() + (allRefused ? "*" : "");
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 140 ? flat.substring(0, 140) + "…" : flat;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> organization() {
        return Map.of("bin", Identifiers.bin(), "nameKk", "Матрица қоры", "legalForm", "Қоғамдық қор", "kind", "NGO",
                "region", "KZ-71", "address", "Астана", "contactEmail", "matrix@example.kz", "contactPhone", "+77172123456");
    }

    private static Map<String, Object> project() {
        return Map.of("name", "Матрица " + suffix(), "description", "Authorization matrix", "category", "ECOLOGY",
                "regions", List.of("KZ-71"), "startDate", LocalDate.now().minusYears(1).toString(), "minorsAllowed", true,
                "maxHoursPerDay", 12);
    }

    private static Row row(String method, String service, String path, String statuses, Target target) {
        return row(method, service, path, statuses, target, null);
    }

    private static Row row(String method, String service, String path, String statuses, Target target, Body body) {
        String[] codes = statuses.trim().split("\\s+");
        assertThat(codes).as(path).hasSize(Caller.values().length);
        Map<Caller, String> expected = new EnumMap<>(Caller.class);
        for (Caller caller : Caller.values()) {
            expected.put(caller, codes[caller.ordinal()]);
        }
        return new Row(method, service, path, expected, target, body);
    }

    /** The concrete path (its template's last variable, or a query) for a caller. */
    @FunctionalInterface
    interface Target {
        String make(World world, Caller caller) throws Exception;
    }

    @FunctionalInterface
    interface Body {
        Object make(World world, Caller caller) throws Exception;
    }

    private record Row(String method, String service, String path, Map<Caller, String> expected, Target target, Body body) {
        String concrete(World world, Caller caller) throws Exception {
            String value = target.make(world, caller);
            int variable = path.indexOf('{');
            if (variable < 0) {
                return path + value;
            }
            return path.substring(0, variable) + value + path.substring(path.indexOf('}', variable) + 1);
        }

        @Override
        public String toString() {
            return method + " " + service + " " + path;
        }
    }

    /** A volunteer as the table's rows need them. */
    private record Volunteer(String id, String iin, String token, String activity, String passportNumber) {
    }

    /**
     * The objects the table acts on: an organization of Astana (KZ-71) with its coordinator and project, a verified
     * activity for each of two Astana volunteers (the first shares with partners, the second does not), and a
     * token for each kind of caller.
     */
    private static final class World {
        final String admin;
        final String coordinator;
        final String organization;
        final String project;
        final Volunteer shares;
        final Volunteer keeps;
        final String credential;
        final String statusList;
        final Map<Caller, String> tokens = new EnumMap<>(Caller.class);
        private final AtomicInteger slot = new AtomicInteger();

        World() throws Exception {
            admin = token("admin", ProductionConfiguration.ADMIN_PASSWORD);
            String operator = staff("operator.kz71." + suffix(), Map.of("role", "REGIONAL_OPERATOR", "region", "KZ-71"));
            String otherOperator = staff("operator.kz75." + suffix(), Map.of("role", "REGIONAL_OPERATOR", "region", "KZ-75"));
            organization = verifiedOrganization();
            String otherOrganization = verifiedOrganization();
            coordinator = staff("coordinator." + suffix(), Map.of("role", "ORG_COORDINATOR", "organizationId", organization));
            String otherCoordinator = staff("coordinator." + suffix(),
                    Map.of("role", "ORG_COORDINATOR", "organizationId", otherOrganization));
            project = expect(201, post("org-service", "/api/v1/organizations/" + organization + "/projects", coordinator,
                    project())).get("id").asText();
            shares = volunteer(true, operator);
            keeps = volunteer(false, operator);
            credential = expect(200, get("passport-service", "/api/v1/passports/" + shares.id + "/credential", admin))
                    .get("jwt").asText();
            String claims = SignedJWT.parse(credential).getPayload().toString();
            statusList = claims.replaceAll(".*/public/credentials/status/(\\d+).*", "$1");

            tokens.put(Caller.EXPIRED, resigned(admin, RunningPlatform.get().configuration.tokenKey(), Instant.now().minus(2, ChronoUnit.HOURS)));
            tokens.put(Caller.FORGED, resigned(admin, KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate(),
                    Instant.now().plus(1, ChronoUnit.HOURS)));
            tokens.put(Caller.SELF, shares.token);
            tokens.put(Caller.OTHER_VOLUNTEER, keeps.token);
            tokens.put(Caller.COORDINATOR, coordinator);
            tokens.put(Caller.OTHER_COORDINATOR, otherCoordinator);
            tokens.put(Caller.OPERATOR, operator);
            tokens.put(Caller.OTHER_OPERATOR, otherOperator);
            tokens.put(Caller.ADMIN, admin);
            tokens.put(Caller.PARTNER, partner("passport.read"));
            tokens.put(Caller.PARTNER_NOT_SHARED, tokens.get(Caller.PARTNER));
            tokens.put(Caller.PARTNER_NO_SCOPE, partner("stats.read"));
            tokens.put(Caller.ANALYST, staff("analyst." + suffix(), Map.of("role", "ANALYST")));
        }

        /** Whose records a caller's request is about: the partner without sharing asks about the one who does not share. */
        Volunteer subject(Caller caller) {
            return caller == Caller.PARTNER_NOT_SHARED ? keeps : shares;
        }

        Map<String, Object> registration(Caller caller) {
            Map<String, Object> body = new HashMap<>(Map.of("iin", Identifiers.iin(LocalDate.of(1995, 3, 3)),
                    "firstName", "Дана", "lastName", "Матрица", "region", "KZ-71",
                    "consent", Map.of("accepted", true, "version", "2026-01")));
            if (caller == Caller.NONE) {
                body.put("password", "correct-horse-battery");
            }
            return body;
        }

        /** A one-hour activity in a slot of its own, so that no two overlap or exceed a day's hours. */
        Map<String, Object> submission(Caller caller) {
            return submission(subject(caller).id, caller == Caller.SELF || caller == Caller.OTHER_VOLUNTEER);
        }

        private Map<String, Object> submission(String volunteerId, boolean selfReport) {
            int n = slot.getAndIncrement();
            Instant start = LocalDate.now().minusDays(1 + n / 10).atTime(1 + n % 10, 0).toInstant(ZoneOffset.UTC);
            return Map.of("volunteerId", volunteerId, "projectId", project, "start", start.toString(),
                    "end", start.plus(1, ChronoUnit.HOURS).toString(), "description", "Authorization matrix",
                    "method", selfReport ? "SELF_REPORT" : "COORDINATOR");
        }

        /** Reported by the volunteer themselves, so that the coordinator may verify it (nobody verifies their own entry). */
        String freshActivity(Caller caller, boolean verified) throws Exception {
            Volunteer subject = subject(caller);
            String id = expect(201, post("activity-service", "/api/v1/activities", subject.token,
                    submission(subject.id, true))).get("id").asText();
            if (verified) {
                expect(200, post("activity-service", "/api/v1/activities/" + id + "/verification", admin,
                        Map.of("decision", "VERIFIED")));
            }
            return id;
        }

        String freshVolunteer() throws Exception {
            return expect(201, post("identity-service", "/api/v1/volunteers", admin, registration(Caller.ADMIN)))
                    .get("id").asText();
        }

        String freshOrganization(boolean verified) throws Exception {
            String id = expect(201, post("org-service", "/api/v1/organizations", null, organization())).get("id").asText();
            if (verified) {
                expect(200, post("org-service", "/api/v1/organizations/" + id + "/verification", admin,
                        Map.of("decision", "VERIFIED")));
            }
            return id;
        }

        String freshProject() throws Exception {
            return expect(201, post("org-service", "/api/v1/organizations/" + organization + "/projects", coordinator,
                    project())).get("id").asText();
        }

        /** A new project, once activity-service has heard of it (another coordinator's probe turns from 503 to 403). */
        String projectKnownToActivities() throws Exception {
            String id = freshProject();
            eventually(() -> post("activity-service", "/api/v1/projects/" + id + "/check-ins", tokens.get(Caller.OTHER_COORDINATOR),
                    Map.of("volunteerId", shares.id)), r -> r.statusCode() != 503);
            return id;
        }

        private String verifiedOrganization() throws Exception {
            return freshOrganization(true);
        }

        private String staff(String username, Map<String, Object> role) throws Exception {
            Map<String, Object> account = new LinkedHashMap<>(role);
            account.put("username", username);
            account.put("password", "correct-horse-battery");
            // a coordinator's organization reaches identity through Kafka: retry until it has
            eventually(() -> post("identity-service", "/api/v1/accounts", admin, account), r -> r.statusCode() == 201);
            return token(username, "correct-horse-battery");
        }

        private String partner(String scope) throws Exception {
            JsonNode client = expect(201, post("identity-service", "/api/v1/partners", admin,
                    Map.of("name", "Partner " + suffix(), "scopes", List.of(scope))));
            return expect(200, PlatformCalls.form("identity-service", "/oauth2/token", Map.of("grant_type", "client_credentials",
                    "client_id", client.get("clientId").asText(), "client_secret", client.get("clientSecret").asText())))
                    .get("access_token").asText();
        }

        /** Registers itself, gets 3 verified hours from the organization, and has its passport. */
        private Volunteer volunteer(boolean sharing, String operator) throws Exception {
            String iin = Identifiers.iin(LocalDate.of(1999, 9, 9));
            Map<String, Object> registration = new HashMap<>(registration(Caller.NONE));
            registration.put("iin", iin);
            registration.put("partnerSharing", sharing);
            String id = expect(201, post("identity-service", "/api/v1/volunteers", null, registration)).get("id").asText();
            Map<String, Object> submission = submission(id, false);
            String activity = expect(201, eventually(() -> post("activity-service", "/api/v1/activities", coordinator,
                    submission), r -> r.statusCode() != 503 && r.statusCode() != 422)).get("id").asText();
            expect(200, post("activity-service", "/api/v1/activities/" + activity + "/verification", operator,
                    Map.of("decision", "VERIFIED")));
            JsonNode passport = expect(200, eventually(() -> get("passport-service", "/api/v1/passports/" + id, admin),
                    r -> r.statusCode() == 200 && r.body().contains("\"totalHours\":1")));
            return new Volunteer(id, iin, token(iin, "correct-horse-battery"), activity,
                    passport.get("passportNumber").asText());
        }

        /** The admin's own token with another expiry, signed with {@code key}: only the signature or the time is wrong. */
        private static String resigned(String token, PrivateKey key, Instant expiry) throws Exception {
            SignedJWT original = SignedJWT.parse(token);
            JWTClaimsSet claims = new JWTClaimsSet.Builder(original.getJWTClaimsSet())
                    .issueTime(Date.from(expiry.minus(1, ChronoUnit.HOURS)))
                    .expirationTime(Date.from(expiry))
                    .jwtID(UUID.randomUUID().toString())
                    .build();
            SignedJWT copy = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                    .keyID(original.getHeader().getKeyID()).type(original.getHeader().getType()).build(), claims);
            copy.sign(new RSASSASigner(key));
            return copy.serialize();
        }
    }
}
