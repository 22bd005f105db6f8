package kz.dvp.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import kz.dvp.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static kz.dvp.system.PlatformCalls.JSON;
import static kz.dvp.system.PlatformCalls.eventually;
import static kz.dvp.system.PlatformCalls.expect;
import static kz.dvp.system.PlatformCalls.get;
import static kz.dvp.system.PlatformCalls.post;
import static kz.dvp.system.PlatformCalls.token;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real journeys through the four packaged services, only over HTTP and Kafka, in the production profile:
 * from an operator and an organization to a volunteer's passport, and back when hours are revoked.
 */
class JourneyIT {

    private static RunningPlatform platform;

    @BeforeAll
    static void platform() throws Exception {
        platform = RunningPlatform.get();
    }

    @Test
    void fromRegistrationToPassportAndBackOnRevocation() throws Exception {
        String admin = token("admin", ProductionConfiguration.ADMIN_PASSWORD);
        String operator = staff(admin, "operator.kz71." + suffix(), "REGIONAL_OPERATOR", "KZ-71");

        // an organization registers and its regional operator verifies it
        JsonNode org = expect(201, post("org-service", "/api/v1/organizations", null, Map.of(
                "bin", Identifiers.bin(), "nameKk", "«Жас ағаш» қоры", "legalForm", "Қоғамдық қор", "kind", "NGO",
                "region", "KZ-71", "address", "Астана", "contactEmail", "info@zhasagash.kz", "contactPhone", "+77172123456")));
        String orgId = org.get("id").asText();
        expect(200, post("org-service", "/api/v1/organizations/" + orgId + "/verification", operator, Map.of("decision", "VERIFIED")));

        // the operator creates its coordinator once identity has heard of the verification; a project under «Жас ағаш»
        String coordinatorName = "coordinator." + suffix();
        eventually(() -> post("identity-service", "/api/v1/accounts", operator, Map.of("username", coordinatorName,
                "password", "correct-horse-battery", "role", "ORG_COORDINATOR", "organizationId", orgId)), r -> r.statusCode() == 201);
        String coordinator = token(coordinatorName, "correct-horse-battery");
        String projectId = expect(201, post("org-service", "/api/v1/organizations/" + orgId + "/projects", coordinator, Map.of(
                "name", "Астана жасыл белдеуі", "description", "Saplings", "category", "ECOLOGY", "programCode", "ZHAS_AGASH",
                "regions", List.of("KZ-71"), "startDate", LocalDate.now().minusYears(1).toString(), "minorsAllowed", true,
                "maxHoursPerDay", 8))).get("id").asText();

        // an operator registers a volunteer (retried with its Idempotency-Key: created once), who then self-reports
        String iin = Identifiers.iin(LocalDate.of(1998, 4, 12));
        Map<String, Object> registration = Map.of("iin", iin, "firstName", "Айгүл", "lastName", "Сейітова", "region", "KZ-71",
                "consent", Map.of("accepted", true, "version", "2026-01"));
        String key = UUID.randomUUID().toString();
        String volunteerId = expect(201, post("identity-service", "/api/v1/volunteers", operator, registration, key)).get("id").asText();
        assertThat(expect(201, post("identity-service", "/api/v1/volunteers", operator, registration, key)).get("id").asText())
                .isEqualTo(volunteerId);
        String otherOperator = staff(admin, "operator.kz75." + suffix(), "REGIONAL_OPERATOR", "KZ-75");
        assertThat(get("identity-service", "/api/v1/volunteers/" + volunteerId, otherOperator).statusCode()).isEqualTo(404);

        // hours: 20 h over three days, each logged by the coordinator and verified by the operator
        List<String> activities = new ArrayList<>();
        for (int day = 3; day >= 1; day--) {
            double hours = day == 1 ? 4 : 8;
            String start = LocalDate.now().minusDays(day).atTime(3, 0).toInstant(ZoneOffset.UTC).toString();
            String end = LocalDate.now().minusDays(day).atTime(3, 0).plusMinutes((long) (hours * 60)).toInstant(ZoneOffset.UTC).toString();
            JsonNode activity = expect(201, eventually(() -> post("activity-service", "/api/v1/activities", coordinator, Map.of(
                    "volunteerId", volunteerId, "projectId", projectId, "start", start, "end", end,
                    "description", "Planting", "method", "COORDINATOR")), r -> r.statusCode() != 503));
            activities.add(activity.get("id").asText());
            expect(200, post("activity-service", "/api/v1/activities/" + activity.get("id").asText() + "/verification", operator,
                    Map.of("decision", "VERIFIED")));
        }

        JsonNode passport = passportWhen(admin, volunteerId, p -> p.get("totalHours").asDouble() == 20.0);
        assertThat(passport.get("level").get("code").asText()).isEqualTo("FIRST_HOUR");
        assertThat(passport.get("badges").toString()).contains("PROGRAM_ZHAS_AGASH");

        // the operator issues the passport's credential; a university checks it with only the published JWKS
        String credential = expect(200, get("passport-service", "/api/v1/passports/" + volunteerId + "/credential", operator))
                .get("jwt").asText();
        SignedJWT university = SignedJWT.parse(credential);
        JWKSet issuerKeys = JWKSet.parse(get("passport-service", "/.well-known/jwks.json", null).body());
        String kid = university.getHeader().getKeyID();
        assertThat(university.verify(new ECDSAVerifier((ECKey) issuerKeys.getKeyByKeyId(kid.substring(kid.indexOf('#') + 1)))))
                .isTrue();
        assertThat(university.getJWTClaimsSet().toString()).doesNotContain(iin).doesNotContain("Сейітова");
        assertThat(verification(credential).get("result").asText()).isEqualTo("VALID");
        HttpResponse<String> pdf = get("passport-service", "/api/v1/passports/" + volunteerId + "/document.pdf?lang=kk", operator);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");
        String number = passport.get("passportNumber").asText();
        assertThat(expect(200, get("passport-service", "/public/passports/" + number, null)).get("initials").asText())
                .isEqualTo("А. С.");

        // fraud: the operator revokes a day; the passport drops, the badge goes with it, and the credential reads revoked
        expect(200, post("activity-service", "/api/v1/activities/" + activities.get(0) + "/revocation", operator,
                Map.of("reason", "The event did not take place")));
        JsonNode afterRevocation = passportWhen(admin, volunteerId, p -> p.get("totalHours").asDouble() == 12.0);
        assertThat(afterRevocation.get("badges").toString()).doesNotContain("PROGRAM_ZHAS_AGASH");
        assertThat(verification(credential).get("result").asText()).isEqualTo("REVOKED");
        assertThat(expect(200, get("passport-service", "/public/passports/" + number, null)).get("totalHours").asDouble())
                .isEqualTo(12.0);

        // the public stream is pseudonymous
        List<String> published = publishedBodies(Topics.PASSPORT_PASSPORTS, volunteerId);
        assertThat(published).isNotEmpty().allSatisfy(body -> assertThat(body)
                .doesNotContain(iin).doesNotContain("Айгүл").doesNotContain("Сейітова").doesNotContain(passport.get("passportNumber").asText()));
    }

    @Test
    void aMinorIsKeptOutOfAnEmergency() throws Exception {
        String admin = token("admin", ProductionConfiguration.ADMIN_PASSWORD);
        String orgId = expect(201, post("org-service", "/api/v1/organizations", admin, Map.of("bin", Identifiers.bin(),
                "nameRu", "Спасатели-волонтёры", "legalForm", "ОО", "kind", "NGO", "region", "KZ-75", "address", "Алматы",
                "contactEmail", "sos@example.kz", "contactPhone", "+77272123456"))).get("id").asText();
        expect(200, post("org-service", "/api/v1/organizations/" + orgId + "/verification", admin, Map.of("decision", "VERIFIED")));
        String coordinatorName = "coordinator." + suffix();
        eventually(() -> post("identity-service", "/api/v1/accounts", admin, Map.of("username", coordinatorName,
                "password", "correct-horse-battery", "role", "ORG_COORDINATOR", "organizationId", orgId)), r -> r.statusCode() == 201);
        String coordinator = token(coordinatorName, "correct-horse-battery");
        String projectId = expect(201, post("org-service", "/api/v1/organizations/" + orgId + "/projects", coordinator, Map.of(
                "name", "Су тасқыны", "description", "Flood response", "category", "EMERGENCY", "regions", List.of("KZ-75"),
                "startDate", LocalDate.now().minusMonths(1).toString(), "minorsAllowed", false, "maxHoursPerDay", 12)))
                .get("id").asText();
        String minorId = expect(201, post("identity-service", "/api/v1/volunteers", admin, Map.of(
                "iin", Identifiers.iin(LocalDate.now().minusYears(16)), "firstName", "Ерлан", "lastName", "Омаров",
                "region", "KZ-75", "consent", Map.of("accepted", true, "version", "2026-01"),
                "guardian", Map.of("iin", Identifiers.iin(LocalDate.of(1980, 1, 1)), "fullName", "Омаров Серік",
                        "phone", "+77017654321", "consent", true)))).get("id").asText();
        String start = LocalDate.now().minusDays(2).atTime(4, 0).toInstant(ZoneOffset.UTC).toString();
        String end = LocalDate.now().minusDays(2).atTime(6, 0).toInstant(ZoneOffset.UTC).toString();

        HttpResponse<String> refused = eventually(() -> post("activity-service", "/api/v1/activities", coordinator, Map.of(
                "volunteerId", minorId, "projectId", projectId, "start", start, "end", end, "description", "Sandbags",
                "method", "COORDINATOR")), r -> r.statusCode() != 503);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(refused.body()).get("code").asText()).isEqualTo("emergency-minor");
    }

    private static JsonNode passportWhen(String token, String volunteerId, Predicate<JsonNode> condition) throws Exception {
        HttpResponse<String> response = eventually(() -> get("passport-service", "/api/v1/passports/" + volunteerId, token),
                r -> {
                    try {
                        return r.statusCode() == 200 && condition.test(JSON.readTree(r.body()));
                    } catch (Exception e) {
                        return false;
                    }
                });
        return expect(200, response);
    }

    private static JsonNode verification(String credential) throws Exception {
        return expect(200, post("passport-service", "/api/v1/credentials/verifications", null, Map.of("credential", credential)));
    }

    private static String staff(String admin, String username, String role, String region) throws Exception {
        expect(201, post("identity-service", "/api/v1/accounts", admin, Map.of("username", username,
                "password", "correct-horse-battery", "role", role, "region", region)));
        return token(username, "correct-horse-battery");
    }

    private List<String> publishedBodies(String topic, String key) {
        List<String> bodies = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.infrastructure.kafkaBootstrap()), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (key.equals(r.key())) {
                        bodies.add(new String(r.value(), StandardCharsets.UTF_8));
                    }
                });
            }
        }
        return bodies;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
