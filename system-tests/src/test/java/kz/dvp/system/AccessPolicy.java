package kz.dvp.system;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's access policy as a table: each endpoint of the four services, each kind of caller, the status
 * that caller must get (OWASP API1 object-level and API5 function-level authorization).
 *
 * <p>Columns, in order: no token, expired token, token signed by another key, the volunteer themselves, another
 * volunteer, the coordinator of the activity's organization, a coordinator of another one, the operator of the
 * volunteer's region, an operator of another region, a national admin, a partner with {@code passport.read}
 * reading a volunteer who shares with partners, the same partner reading one who does not, a partner without that
 * scope, an analyst. {@code 200*} is a per-item answer (batch, bulk) that refused every item. Mutating calls act on
 * a fresh object made for each caller, so one allowed call does not change what the next one finds.
 */
final class AccessPolicy {

    enum Caller { NONE, EXPIRED, FORGED, SELF, OTHER_VOLUNTEER, COORDINATOR, OTHER_COORDINATOR, OPERATOR, OTHER_OPERATOR,
        ADMIN, PARTNER, PARTNER_NOT_SHARED, PARTNER_NO_SCOPE, ANALYST }

    //                                   NONE EXP FRG SELF OVOL COOR OCOO OPER OOPE ADMI PART PNSH PNSC ANAL
    static final String PUBLIC = "200 401 401 200 200 200 200 200 200 200 200 200 200 200";

    static final List<Row> TABLE = List.of(
            // identity-service
            row("POST", "identity-service", "/api/v1/volunteers",
                    "201 401 401 403 403 403 403 201 403 201 403 403 403 403", (w, c) -> "", (w, c) -> w.registration(c)),
            row("GET", "identity-service", "/api/v1/volunteers",
                    "401 401 401 403 403 403 403 200 404 200 403 403 403 403", (w, c) -> "?iin=" + w.subject(c).iin()),
            row("GET", "identity-service", "/api/v1/volunteers/{id}",
                    "401 401 401 200 404 403 403 200 404 200 403 403 403 403", (w, c) -> w.subject(c).id()),
            row("PATCH", "identity-service", "/api/v1/volunteers/{id}",
                    "401 401 401 200 404 403 403 200 404 200 403 403 403 403", (w, c) -> w.subject(c).id(),
                    (w, c) -> Map.of("languages", List.of("kk", "ru"))),
            row("POST", "identity-service", "/api/v1/volunteers/{id}/status",
                    "401 401 401 403 403 403 403 200 404 200 403 403 403 403", (w, c) -> w.freshVolunteer(),
                    (w, c) -> Map.of("status", "SUSPENDED", "reason", "Authorization matrix")),
            row("GET", "identity-service", "/api/v1/volunteers/{id}/identity-hash",
                    "401 401 401 200 404 403 403 200 404 200 403 403 403 403", (w, c) -> w.subject(c).id()),
            row("GET", "identity-service", "/api/v1/volunteers/{id}/status-history",
                    "401 401 401 403 403 403 403 200 404 200 403 403 403 403", (w, c) -> w.subject(c).id()),
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
                    "401 401 401 200 403 200 200 200 200 200 403 403 403 403", (w, c) -> "?volunteerId=" + w.subject(c).id()),
            row("GET", "activity-service", "/api/v1/activities/{id}",
                    "401 401 401 200 404 200 404 200 404 200 403 403 403 403", (w, c) -> w.subject(c).activity()),
            row("GET", "activity-service", "/api/v1/activities/{id}/history",
                    "401 401 401 200 404 200 404 200 404 200 403 403 403 403", (w, c) -> w.subject(c).activity()),
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
                    (w, c) -> Map.of("volunteerId", w.subject(c).id())),
            row("POST", "activity-service", "/api/v1/projects/{projectId}/check-outs",
                    "401 401 401 409 403 409 403 403 403 403 403 403 403 403", (w, c) -> w.projectKnownToActivities(),
                    (w, c) -> Map.of("volunteerId", w.subject(c).id())),
            // passport-service
            row("GET", "passport-service", "/api/v1/passports/{volunteerId}",
                    "401 401 401 200 404 403 403 200 404 200 200 404 404 403", (w, c) -> w.subject(c).id()),
            row("GET", "passport-service", "/api/v1/passports/{volunteerId}/activities",
                    "401 401 401 200 404 403 403 200 404 200 200 404 404 403", (w, c) -> w.subject(c).id()),
            row("GET", "passport-service", "/api/v1/passports/{volunteerId}/credential",
                    "401 401 401 200 404 403 403 200 404 200 403 403 403 403", (w, c) -> w.subject(c).id()),
            row("GET", "passport-service", "/api/v1/passports/{volunteerId}/document.pdf",
                    "401 401 401 200 404 403 403 200 404 200 403 403 403 403", (w, c) -> w.subject(c).id()),
            row("POST", "passport-service", "/api/v1/credentials/verifications", PUBLIC, (w, c) -> "",
                    (w, c) -> Map.of("credential", w.credential)),
            row("GET", "passport-service", "/public/passports/{passportNumber}", PUBLIC, (w, c) -> w.subject(c).passportNumber()),
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
    static final Map<String, String> NOT_IN_TABLE = Map.of(
            "POST passport-service /api/v1/admin/passport-rebuilds",
            "a rebuild swaps the live projection under the other system tests; passport-service RebuildTest checks "
                    + "an operator's 403 and the admin's 202");

    private AccessPolicy() {
    }

    static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> organization() {
        return Map.of("bin", Identifiers.bin(), "nameKk", "Матрица қоры", "legalForm", "Қоғамдық қор", "kind", "NGO",
                "region", "KZ-71", "address", "Астана", "contactEmail", "matrix@example.kz", "contactPhone", "+77172123456");
    }

    static Map<String, Object> project() {
        return Map.of("name", "Матрица " + suffix(), "description", "Authorization matrix", "category", "ECOLOGY",
                "regions", List.of("KZ-71"), "startDate", LocalDate.now().minusYears(1).toString(), "minorsAllowed", true,
                "maxHoursPerDay", 12);
    }

    static Row row(String method, String service, String path, String statuses, Target target) {
        return row(method, service, path, statuses, target, null);
    }

    static Row row(String method, String service, String path, String statuses, Target target, Body body) {
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
        String make(TestWorld world, Caller caller) throws Exception;
    }

    @FunctionalInterface
    interface Body {
        Object make(TestWorld world, Caller caller) throws Exception;
    }

    record Row(String method, String service, String path, Map<Caller, String> expected, Target target, Body body) {
        String concrete(TestWorld world, Caller caller) throws Exception {
            String value = target.make(world, caller);
            int variable = path.indexOf('{');
            if (variable < 0) {
                return path + value;
            }
            return path.substring(0, variable) + value + path.substring(path.indexOf('}', variable) + 1);
        }

        /** The first caller the table lets through, for requests that must pass authorization. */
        Caller allowed() {
            return expected.entrySet().stream().filter(e -> e.getValue().startsWith("2") && e.getKey() != Caller.NONE)
                    .map(Map.Entry::getKey).findFirst().orElse(Caller.NONE);
        }

        @Override
        public String toString() {
            return method + " " + service + " " + path;
        }
    }
}
