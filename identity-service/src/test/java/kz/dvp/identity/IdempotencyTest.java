package kz.dvp.identity;

import io.quarkus.test.junit.QuarkusTest;
import kz.dvp.identity.support.Api;
import kz.dvp.identity.support.Iins;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static kz.dvp.identity.support.Api.admin;
import static kz.dvp.identity.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class IdempotencyTest extends WithDevStack {

    @Test
    void aRetriedRegistrationReturnsTheFirstAnswerAndCreatesNothingTwice() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Api.volunteer(Iins.adult(), "KZ-71");

        String first = as(admin()).header("Idempotency-Key", key).body(body).post("/api/v1/volunteers")
                .then().statusCode(201).extract().path("id");
        String retried = as(admin()).header("Idempotency-Key", key).body(body).post("/api/v1/volunteers")
                .then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", org.hamcrest.Matchers.endsWith(first)).extract().path("id");

        assertThat(retried).isEqualTo(first);
    }

    @Test
    void theSameKeyForAnotherRequestIsRefused() {
        String key = UUID.randomUUID().toString();
        as(admin()).header("Idempotency-Key", key).body(Api.volunteer(Iins.adult(), "KZ-71")).post("/api/v1/volunteers")
                .then().statusCode(201);

        as(admin()).header("Idempotency-Key", key).body(Api.volunteer(Iins.adult(), "KZ-71")).post("/api/v1/volunteers")
                .then().statusCode(422).body("code", equalTo("idempotency-key-reused"));
    }

    @Test
    void withoutAKeyARetryIsASecondRequest() {
        Map<String, Object> body = Api.volunteer(Iins.adult(), "KZ-71");
        as(admin()).body(body).post("/api/v1/volunteers").then().statusCode(201);

        as(admin()).body(body).post("/api/v1/volunteers").then().statusCode(409).body("code", equalTo("volunteer-exists"));
    }
}
