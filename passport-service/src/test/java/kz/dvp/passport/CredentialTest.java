package kz.dvp.passport;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.mutiny.Uni;
import kz.dvp.events.VolunteerStatus;
import kz.dvp.events.VolunteerStatusChanged;
import kz.dvp.passport.client.IdentityClient;
import kz.dvp.passport.client.IdentityClient.Holder;
import kz.dvp.passport.client.IdentityClient.IdentityHash;
import kz.dvp.passport.credential.StatusList;
import kz.dvp.passport.credential.VcJwt;
import kz.dvp.passport.support.Facts;
import kz.dvp.platform.testing.TestEvents;
import kz.dvp.platform.testing.TestTokens;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static kz.dvp.passport.support.Facts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * The credential loop against real PostgreSQL and Kafka: issuance, verification as a university would do it
 * (only the published JWKS and status list, with a standard JOSE library), revocation through the event stream,
 * and verification failing afterwards; the printed document and the public page. identity-service's answers
 * (the holder's name and IIN hash, asked with the caller's token) are stubbed at the REST client.
 */
@QuarkusTest
class CredentialTest extends WithDevStack {

    private static final String HASH = "sha256$" + "ab".repeat(32);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @ConfigProperty(name = "dvp.credentials.public-url")
    URI publicUrl;

    @InjectMock
    @RestClient
    IdentityClient identity;

    private Facts facts;
    private UUID volunteer;
    private UUID organization;
    private UUID project;
    private String passportNumber;

    @BeforeEach
    void aVolunteerWithFiveVerifiedHours() {
        Mockito.when(identity.volunteer(Mockito.any())).thenReturn(Uni.createFrom().item(new Holder("Әсем", "Жұмабаева", null)));
        Mockito.when(identity.identityHash(Mockito.any())).thenReturn(Uni.createFrom().item(new IdentityHash(HASH, "5a17")));
        facts = new Facts(bootstrap);
        volunteer = facts.volunteer("KZ-71", false);
        organization = UUID.randomUUID();
        project = facts.project(organization, "Астана жасыл қала");
        facts.verified(UUID.randomUUID(), volunteer, organization, project, "2026-05-02T04:00:00Z", "2");
        facts.verified(UUID.randomUUID(), volunteer, organization, project, "2026-05-09T04:00:00Z", "3");
        // the first test may wait for the consumers to find the topics this test run creates
        passportNumber = await().atMost(Duration.ofSeconds(60)).until(() -> as(TestTokens.volunteer(volunteer))
                .get("/api/v1/passports/" + volunteer).then().extract().jsonPath(), p -> "5.0".equals(p.getString("totalHours")))
                .getString("passportNumber");
    }

    @Test
    void issuedVerifiedRevokedAndThenRefused() throws Exception {
        UUID revocable = UUID.randomUUID();
        facts.verified(revocable, volunteer, organization, project, "2026-06-01T04:00:00Z", "4");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(TestTokens.volunteer(volunteer))
                .get("/api/v1/passports/" + volunteer).then().body("totalHours", equalTo(9.0f)));

        JsonPath issued = as(TestTokens.volunteer(volunteer)).get("/api/v1/passports/" + volunteer + "/credential")
                .then().statusCode(200).extract().jsonPath();
        String jwt = issued.getString("jwt");
        assertThat(issued.getList("credential.type", String.class)).contains("VerifiableCredential", "OpenBadgeCredential");
        assertThat(issued.getString("credential.credentialSubject.creditsEarned")).isEqualTo("9");
        assertThat(issued.getList("credential.credentialSubject.achievement.tag", String.class)).contains("programme:ZHAS_AGASH");
        assertThat(issued.getString("credential.credentialSubject.identifier[0].identityHash")).isEqualTo(HASH);
        assertThat(issued.getString("credential.credentialSubject.identifier[1].identityHash")).isEqualTo(passportNumber);

        SignedJWT university = verifyAsAUniversity(jwt);
        assertThat(university.getHeader().getType()).isEqualTo(VcJwt.TYPE);
        assertThat(university.getJWTClaimsSet().getExpirationTime()).isAfter(new java.util.Date());
        assertThat(university.getJWTClaimsSet().getIssuer()).isEqualTo("did:web:" + publicUrl.getHost() + "%3A" + publicUrl.getPort());
        assertThat(revokedOnTheStatusList(university)).isFalse();
        verification(jwt).body("result", equalTo("VALID")).body("subject.passportNumber", equalTo(passportNumber))
                .body("subject.totalHours", equalTo("9")).body("subject.level", equalTo("FIRST_HOUR"));

        // the coordinator's mistake is revoked: the passport drops to 5 h, and the 9 h credential no longer holds
        facts.revoked(revocable, volunteer, organization, project, "2026-06-01T04:00:00Z", "4");
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                verification(jwt).body("result", equalTo("REVOKED")).body("revocationReason", equalTo("HOURS_REDUCED")));
        assertThat(revokedOnTheStatusList(university)).isTrue();

        String reissued = as(TestTokens.volunteer(volunteer)).get("/api/v1/passports/" + volunteer + "/credential")
                .then().statusCode(200).extract().path("jwt");
        verification(reissued).body("result", equalTo("VALID")).body("subject.totalHours", equalTo("5"));
    }

    @Test
    void aSuspendedVolunteersCredentialsAreRevokedAndNoneIsIssued() {
        String jwt = as(TestTokens.operator("KZ-71")).accept("application/vc+jwt")
                .get("/api/v1/passports/" + volunteer + "/credential").then().statusCode(200)
                .contentType("application/vc+jwt").extract().asString();
        verification(jwt).body("result", equalTo("VALID"));

        TestEvents.publish(bootstrap, "/dvp/identity-service",
                new VolunteerStatusChanged(volunteer, VolunteerStatus.ACTIVE, VolunteerStatus.SUSPENDED, Instant.now()));
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                verification(jwt).body("result", equalTo("REVOKED")).body("revocationReason", equalTo("VOLUNTEER_SUSPENDED")));
        as(TestTokens.volunteer(volunteer)).get("/api/v1/passports/" + volunteer + "/credential")
                .then().statusCode(409).body("code", equalTo("passport-not-active"));
        given().accept("application/json").get("/public/passports/" + passportNumber).then().statusCode(200)
                .body("valid", equalTo(false));
    }

    @Test
    void aSuspensionUndoneRightAfterStillRevokesTheCredentialsIssuedBefore() {
        String jwt = as(TestTokens.volunteer(volunteer)).get("/api/v1/passports/" + volunteer + "/credential")
                .then().statusCode(200).extract().path("jwt");

        // both usually arrive in one poll: the reinstatement must not hide the suspension before it
        TestEvents.publish(bootstrap, "/dvp/identity-service",
                new VolunteerStatusChanged(volunteer, VolunteerStatus.ACTIVE, VolunteerStatus.SUSPENDED, Instant.now()),
                new VolunteerStatusChanged(volunteer, VolunteerStatus.SUSPENDED, VolunteerStatus.ACTIVE, Instant.now()));
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                verification(jwt).body("result", equalTo("REVOKED")).body("revocationReason", equalTo("VOLUNTEER_SUSPENDED")));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> as(TestTokens.volunteer(volunteer))
                .get("/api/v1/passports/" + volunteer).then().statusCode(200).body("status", equalTo("ACTIVE")));
        String reissued = as(TestTokens.volunteer(volunteer)).get("/api/v1/passports/" + volunteer + "/credential")
                .then().statusCode(200).extract().path("jwt");
        verification(reissued).body("result", equalTo("VALID"));
    }

    @Test
    void forgedTamperedExpiredAndMalformedCredentialsAreToldApart() throws Exception {
        String jwt = as(TestTokens.volunteer(volunteer)).get("/api/v1/passports/" + volunteer + "/credential")
                .then().statusCode(200).extract().path("jwt");
        String[] parts = jwt.split("\\.");
        String inflated = new String(java.util.Base64.getUrlDecoder().decode(parts[1])).replace("\"creditsEarned\":\"5\"",
                "\"creditsEarned\":\"500\"");
        String tampered = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(inflated.getBytes())
                + "." + parts[2];
        verification(tampered).body("result", equalTo("INVALID_SIGNATURE")).body("subject", equalTo(null));

        ECKey devKey = (ECKey) JWKSet.parse(Files.readString(Path.of("target/credential-keys/credential-keys.json"))).getKeys().get(0);
        SignedJWT original = SignedJWT.parse(jwt);
        Instant past = Instant.now().minus(Duration.ofDays(400));
        String expired = VcJwt.sign(original.getJWTClaimsSet().toJSONObject(), "urn:dvp:passport:" + passportNumber, past,
                past.plus(Duration.ofDays(365)), devKey, original.getHeader().getKeyID());
        verification(expired).body("result", equalTo("EXPIRED"));

        given().contentType("application/json").body(Map.of("credential", "not-a-jwt")).post("/api/v1/credentials/verifications")
                .then().statusCode(422).contentType("application/problem+json").body("code", equalTo("credential-malformed"));
        given().contentType("application/json").body("{}").post("/api/v1/credentials/verifications")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void onlyTheVolunteerTheirOperatorAndAdminsGetCredentials() {
        String path = "/api/v1/passports/" + volunteer + "/credential";
        as(TestTokens.admin()).get(path).then().statusCode(200);
        as(TestTokens.operator("KZ-75")).get(path).then().statusCode(404);
        as(TestTokens.volunteer(UUID.randomUUID())).get(path).then().statusCode(404);
        as(TestTokens.coordinator(organization)).get(path).then().statusCode(403);
        as(TestTokens.partner("passport.read")).get(path).then().statusCode(403);
        as(null).get(path).then().statusCode(401);
    }

    @Test
    void theIssuerPublishesItsKeysAsJwksAndDidWeb() {
        String did = "did:web:" + publicUrl.getHost() + "%3A" + publicUrl.getPort();
        JsonPath document = given().get("/.well-known/did.json").then().statusCode(200).extract().jsonPath();
        assertThat(document.getString("id")).isEqualTo(did);
        String kid = given().get("/.well-known/jwks.json").then().statusCode(200).body("keys[0].d", equalTo(null))
                .extract().path("keys[0].kid");
        assertThat(document.getList("assertionMethod", String.class)).contains(did + "#" + kid);
        assertThat(document.getString("verificationMethod[0].publicKeyJwk.crv")).isEqualTo("P-256");
    }

    @Test
    void thePrintedPassportHasTheKazakhTextTheNumberAndAQrCodeOfThePublicPage() throws Exception {
        // project names come on org's topic, apart from the activities: the timeline shows them once they are in
        await().atMost(Duration.ofSeconds(30)).until(() -> as(TestTokens.volunteer(volunteer))
                .get("/api/v1/passports/" + volunteer + "/activities").then().extract().path("items[0].projectName"),
                name -> "Астана жасыл қала".equals(name));
        byte[] pdf = as(TestTokens.volunteer(volunteer)).queryParam("lang", "kk")
                .get("/api/v1/passports/" + volunteer + "/document.pdf").then().statusCode(200)
                .contentType("application/pdf").header("Content-Language", "kk").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(passportNumber, "Еріктінің цифрлық паспорты", "Жұмабаева Әсем", "Алғашқы сағат",
                    "Астана", "Расталған сағаттар", "Астана жасыл қала");
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            String qr = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)))).getText();
            assertThat(qr).isEqualTo(publicUrl + "/public/passports/" + passportNumber);
        }

        byte[] russian = as(TestTokens.operator("KZ-71")).header("Accept-Language", "ru-RU,ru;q=0.9")
                .get("/api/v1/passports/" + volunteer + "/document.pdf").then().statusCode(200).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(russian)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Цифровой паспорт волонтёра", "Первый час");
        }
        as(TestTokens.operator("KZ-75")).get("/api/v1/passports/" + volunteer + "/document.pdf").then().statusCode(404);
    }

    @Test
    void thePublicPageShowsTheVerdictAndNothingPersonalBeyondInitials() {
        as(TestTokens.volunteer(volunteer)).get("/api/v1/passports/" + volunteer + "/credential").then().statusCode(200);
        String typed = passportNumber.toLowerCase().replace("-", "");
        given().accept("application/json").get("/public/passports/" + typed).then().statusCode(200)
                .body("passportNumber", equalTo(passportNumber)).body("valid", equalTo(true))
                .body("initials", equalTo("Ә. Ж.")).body("region", equalTo("KZ-71"))
                .body("regionNameKk", equalTo("Астана")).body("level", equalTo("FIRST_HOUR"))
                .body("totalHours", equalTo(5.0f))
                .body(not(containsString(volunteer.toString()))).body(not(containsString("Жұмабаева")));
        given().accept("text/html").queryParam("lang", "kk").get("/public/passports/" + passportNumber).then()
                .statusCode(200).contentType("text/html").body(containsString("Жарамды"))
                .body(containsString(passportNumber)).body(containsString("Ә. Ж.")).body(not(containsString("Жұмабаева")));

        given().get("/public/passports/7K3M-9QXR-2B4T-X").then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("passport-number-invalid"));
        given().get("/public/passports/" + validUnknownNumber()).then().statusCode(404)
                .body("code", equalTo("passport-not-found"));
    }

    @Test
    void thePublicEndpointsAreRateLimitedPerClientAddress() {
        String client = "203.0.113." + (1 + new java.util.Random().nextInt(250));
        for (int i = 0; i < 300; i++) {
            given().header("X-Forwarded-For", client).accept("application/json").get("/public/passports/" + passportNumber)
                    .then().statusCode(200);
        }
        int refused = 0;
        String retryAfter = null;
        for (int i = 0; i < 10; i++) {
            var response = given().header("X-Forwarded-For", client).get("/public/passports/" + passportNumber);
            if (response.statusCode() == 429) {
                refused++;
                retryAfter = response.header("Retry-After");
                assertThat(response.contentType()).startsWith("application/problem+json");
            }
        }
        assertThat(refused).isEqualTo(10);
        assertThat(Integer.parseInt(retryAfter)).isPositive();
        given().accept("application/json").get("/public/passports/" + passportNumber).then().statusCode(200);
    }

    private static String validUnknownNumber() {
        return kz.dvp.passport.domain.PassportNumber.of(UUID.randomUUID());
    }

    private io.restassured.response.ValidatableResponse verification(String jwt) {
        return given().contentType("application/json").body(Map.of("credential", jwt))
                .post("/api/v1/credentials/verifications").then().statusCode(200);
    }

    /** What a relying party does with nothing but our published keys and nimbus-jose-jwt. */
    private static SignedJWT verifyAsAUniversity(String jwt) throws Exception {
        JWKSet published = JWKSet.parse(given().get("/.well-known/jwks.json").then().statusCode(200).extract().asString());
        SignedJWT parsed = SignedJWT.parse(jwt);
        String kid = parsed.getHeader().getKeyID();
        ECKey key = (ECKey) published.getKeyByKeyId(kid.substring(kid.indexOf('#') + 1));
        assertThat(parsed.verify(new ECDSAVerifier(key))).isTrue();
        return parsed;
    }

    /** Fetches the credential's status list (itself a signed credential) and reads its bit. */
    @SuppressWarnings("unchecked")
    private static boolean revokedOnTheStatusList(SignedJWT credential) throws Exception {
        Map<String, Object> status = (Map<String, Object>) credential.getJWTClaimsSet().getClaim("credentialStatus");
        assertThat(status).containsEntry("type", "BitstringStatusListEntry").containsEntry("statusPurpose", "revocation");
        String listPath = URI.create((String) status.get("statusListCredential")).getPath();
        SignedJWT list = verifyAsAUniversity(given().get(listPath).then().statusCode(200)
                .contentType("application/vc+jwt").extract().asString());
        Map<String, Object> subject = (Map<String, Object>) list.getJWTClaimsSet().getClaim("credentialSubject");
        assertThat(list.getJWTClaimsSet().getStringListClaim("type")).contains("BitstringStatusListCredential");
        return StatusList.decode((String) subject.get("encodedList"))
                .isSet(Integer.parseInt((String) status.get("statusListIndex")));
    }
}
