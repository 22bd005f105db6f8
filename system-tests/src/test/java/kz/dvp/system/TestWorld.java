package kz.dvp.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import kz.dvp.system.AccessPolicy.Caller;

import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static kz.dvp.system.AccessPolicy.organization;
import static kz.dvp.system.AccessPolicy.project;
import static kz.dvp.system.AccessPolicy.suffix;
import static kz.dvp.system.PlatformCalls.eventually;
import static kz.dvp.system.PlatformCalls.expect;
import static kz.dvp.system.PlatformCalls.get;
import static kz.dvp.system.PlatformCalls.post;
import static kz.dvp.system.PlatformCalls.token;

/**
 * What the system tests act on, made through the APIs: an organization of Astana (KZ-71) with its coordinator and
 * project, a verified activity for each of two Astana volunteers (the first shares with partners, the second does
 * not), a token for each kind of caller of {@link AccessPolicy}, and fresh objects on demand.
 */
final class TestWorld {

    /** A volunteer as the table's rows need them. */
    record Volunteer(String id, String iin, String token, String activity, String passportNumber) {
    }

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

    TestWorld() throws Exception {
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
        credential = expect(200, get("passport-service", "/api/v1/passports/" + shares.id() + "/credential", admin))
                .get("jwt").asText();
        String claims = SignedJWT.parse(credential).getPayload().toString();
        statusList = claims.replaceAll(".*/public/credentials/status/(\\d+).*", "$1");

        tokens.put(Caller.EXPIRED, resigned(admin, RunningPlatform.get().configuration.tokenKey(), Instant.now().minus(2, ChronoUnit.HOURS)));
        tokens.put(Caller.FORGED, resigned(admin, KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate(),
                Instant.now().plus(1, ChronoUnit.HOURS)));
        tokens.put(Caller.SELF, shares.token());
        tokens.put(Caller.OTHER_VOLUNTEER, keeps.token());
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
        String id = expect(201, post("activity-service", "/api/v1/activities", subject.token(),
                submission(subject.id(), true))).get("id").asText();
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
                Map.of("volunteerId", shares.id())), r -> r.statusCode() != 503);
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
