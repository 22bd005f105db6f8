package kz.dvp.identity.support;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** The identity API as a front-office would use it: tokens, accounts and volunteers over HTTP. */
public final class Api {

    private static String adminToken;

    private Api() {
    }

    /** The bootstrap national admin's token (its development password is in the dev keys file). */
    public static synchronized String admin() {
        if (adminToken == null) {
            adminToken = token("admin", devKeys().getProperty("bootstrap-admin"));
        }
        return adminToken;
    }

    public static Properties devKeys() {
        Properties keys = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("target/dev-keys/dev-keys.properties"))) {
            keys.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return keys;
    }

    public static String token(String username, String password) {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("username", username).formParam("password", password)
                .when().post("/oauth2/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** A new staff account and its token. */
    public static String staff(String role, String region) {
        String username = role.toLowerCase().replace('_', '-') + "." + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "password", "correct-horse-battery", "role", role));
        if (region != null) {
            body.put("region", region);
        }
        as(admin()).body(body).when().post("/api/v1/accounts").then().statusCode(201);
        return token(username, "correct-horse-battery");
    }

    public static RequestSpecification as(String token) {
        RequestSpecification spec = given().contentType(ContentType.JSON);
        return token == null ? spec : spec.auth().oauth2(token);
    }

    /** A registration body for an adult in a region. */
    public static Map<String, Object> volunteer(String iin, String region) {
        Map<String, Object> body = new HashMap<>();
        body.put("iin", iin);
        body.put("firstName", "Айгүл");
        body.put("lastName", "Сейітова");
        body.put("region", region);
        body.put("phone", "+77011234567");
        body.put("email", "aigul@example.kz");
        body.put("skills", List.of("first-aid", "tree-planting"));
        body.put("languages", List.of("kk", "ru"));
        body.put("consent", Map.of("accepted", true, "version", "2026-01"));
        return body;
    }

    public static ValidatableResponse register(String token, Map<String, Object> body) {
        return as(token).body(body).when().post("/api/v1/volunteers").then();
    }

    /** Registers an adult in the region as a national admin; returns the volunteer id. */
    public static String registered(String iin, String region) {
        return register(admin(), volunteer(iin, region)).statusCode(201).extract().path("id");
    }
}
