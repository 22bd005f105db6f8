package kz.dvp.identity;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import kz.dvp.identity.support.Api;
import kz.dvp.platform.security.Claims;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static kz.dvp.identity.support.Api.admin;
import static kz.dvp.identity.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class TokenTest extends WithDevStack {

    @Test
    void passwordGrantGivesAShortLivedBearerTokenWithRoleAndRegion() {
        String username = "op71." + UUID.randomUUID().toString().substring(0, 6);
        as(admin()).body(Map.of("username", username, "password", "correct-horse-battery", "role", "REGIONAL_OPERATOR",
                "region", "KZ-71")).post("/api/v1/accounts").then().statusCode(201);

        String token = given().contentType(ContentType.URLENC).formParam("grant_type", "password")
                .formParam("username", username).formParam("password", "correct-horse-battery")
                .post("/oauth2/token").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("token_type", equalTo("Bearer")).body("expires_in", equalTo(900))
                .extract().path("access_token");

        Map<String, Object> claims = claims(token);
        org.assertj.core.api.Assertions.assertThat(claims).containsEntry("iss", Claims.ISSUER)
                .containsEntry("region", "KZ-71").containsKey("exp");
        org.assertj.core.api.Assertions.assertThat(claims.get("groups")).isEqualTo(java.util.List.of("REGIONAL_OPERATOR"));
    }

    @Test
    void wrongPasswordsAreRfc6749ErrorsAndLockTheAccount() {
        String username = "locked." + UUID.randomUUID().toString().substring(0, 6);
        as(admin()).body(Map.of("username", username, "password", "correct-horse-battery", "role", "ANALYST"))
                .post("/api/v1/accounts").then().statusCode(201);

        for (int i = 0; i < 5; i++) {
            login(username, "wrong-password").then().statusCode(400).body("error", equalTo("invalid_grant"));
        }
        login(username, "correct-horse-battery").then().statusCode(400)
                .body("error", equalTo("invalid_grant")).body("error_description", org.hamcrest.Matchers.containsString("locked"));
        login("nobody-" + UUID.randomUUID(), "whatever").then().statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Test
    void parallelGuessesCannotOutrunTheLock() throws Exception {
        String username = "guessed." + UUID.randomUUID().toString().substring(0, 6);
        as(admin()).body(Map.of("username", username, "password", "correct-horse-battery", "role", "ANALYST"))
                .post("/api/v1/accounts").then().statusCode(201);

        // 40 wrong guesses at once, then the right password: only 5 may ever be weighed before the lock
        ExecutorService attackers = Executors.newFixedThreadPool(20);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int guess = i;
                answers.add(attackers.submit(() -> login(username, "guess-number-" + guess).then().statusCode(400)
                        .extract().path("error_description")));
            }
            long weighed = 0;
            for (Future<String> answer : answers) {
                weighed += answer.get().contains("locked") ? 0 : 1;
            }
            assertThat(weighed).as("guesses checked against the password").isEqualTo(5);
        } finally {
            attackers.shutdownNow();
        }
        login(username, "correct-horse-battery").then().statusCode(400)
                .body("error_description", org.hamcrest.Matchers.containsString("locked"));
    }

    @Test
    void unsupportedAndMissingGrantTypes() {
        given().contentType(ContentType.URLENC).formParam("grant_type", "implicit").post("/oauth2/token")
                .then().statusCode(400).body("error", equalTo("unsupported_grant_type"));
        given().contentType(ContentType.URLENC).formParam("username", "x").post("/oauth2/token")
                .then().statusCode(400).body("error", equalTo("invalid_request"));
    }

    @Test
    void partnersUseClientCredentialsWithTheirScopes() {
        var partner = as(admin()).body(Map.of("name", "Al-Farabi KazNU", "scopes", Set.of("passport.read")))
                .post("/api/v1/partners").then().statusCode(201)
                .body("clientSecret", notNullValue()).extract().jsonPath();
        String clientId = partner.getString("clientId");
        String secret = partner.getString("clientSecret");

        String basic = given().contentType(ContentType.URLENC).auth().preemptive().basic(clientId, secret)
                .formParam("grant_type", "client_credentials").post("/oauth2/token")
                .then().statusCode(200).body("scope", equalTo("passport.read")).extract().path("access_token");
        org.assertj.core.api.Assertions.assertThat(claims(basic).get("groups")).isEqualTo(java.util.List.of("PARTNER"));

        given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId).formParam("client_secret", secret).formParam("scope", "stats.read")
                .post("/oauth2/token").then().statusCode(400).body("error", equalTo("invalid_scope"));
        given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId).formParam("client_secret", "guess")
                .post("/oauth2/token").then().statusCode(401).body("error", equalTo("invalid_client"));
        as(basic).body(Map.of("name", "x", "scopes", Set.of("passport.read"))).post("/api/v1/partners").then().statusCode(403);
    }

    @Test
    void expiredAndForeignSignedTokensAreRejected() throws Exception {
        PrivateKey ours = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(
                Base64.getDecoder().decode(Api.devKeys().getProperty("token"))));
        String expired = Jwt.issuer(Claims.ISSUER).subject("x").groups("NATIONAL_ADMIN")
                .issuedAt(Instant.now().minusSeconds(3600)).expiresAt(Instant.now().minusSeconds(1800)).sign(ours);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String foreign = Jwt.issuer(Claims.ISSUER).subject("x").groups("NATIONAL_ADMIN").expiresIn(600)
                .sign(generator.generateKeyPair().getPrivate());
        String valid = Jwt.issuer(Claims.ISSUER).subject("x").groups("NATIONAL_ADMIN").expiresIn(600).sign(ours);

        as(expired).get("/api/v1/volunteers").then().statusCode(401).contentType("application/problem+json");
        as(foreign).get("/api/v1/volunteers").then().statusCode(401).body("code", equalTo("unauthorized"));
        as(valid).get("/api/v1/volunteers").then().statusCode(200);
    }

    @Test
    void jwksAndDiscoveryLetOtherServicesVerifyTokens() {
        String kid = header(admin()).get("kid").toString();

        given().get("/.well-known/jwks.json").then().statusCode(200)
                .body("keys.kid", hasItem(kid)).body("keys[0].kty", equalTo("RSA")).body("keys[0].alg", equalTo("RS256"));
        given().get("/.well-known/openid-configuration").then().statusCode(200)
                .body("issuer", equalTo(Claims.ISSUER))
                .body("jwks_uri", startsWith("http")).body("grant_types_supported", hasItem("client_credentials"));
    }

    private static io.restassured.response.Response login(String username, String password) {
        return given().contentType(ContentType.URLENC).formParam("grant_type", "password")
                .formParam("username", username).formParam("password", password).post("/oauth2/token");
    }

    static Map<String, Object> claims(String token) {
        return json(token.split("\\.")[1]);
    }

    private static Map<String, Object> header(String token) {
        return json(token.split("\\.")[0]);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String part) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(
                    new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8), Map.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
