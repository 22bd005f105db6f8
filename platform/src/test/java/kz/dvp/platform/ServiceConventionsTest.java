package kz.dvp.platform;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * What every DVP service promises its operators and partners: readiness that reflects PostgreSQL and Kafka,
 * an OpenAPI document, Prometheus metrics, and problem+json errors in the caller's language.
 * Each service runs it with its own {@code @QuarkusTest} subclass.
 */
public abstract class ServiceConventionsTest {

    /** The service's name, e.g. {@code identity-service}. */
    protected abstract String serviceName();

    @Test
    void readinessIsUpWithDatabaseAndKafkaChecks() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("PostgreSQL")))
                .body("checks.name", hasItem(containsString("Kafka")));
    }

    @Test
    void openApiDocumentNamesTheService() {
        given().accept(ContentType.JSON).when().get("/q/openapi")
                .then().statusCode(200)
                .body("openapi", startsWith("3."))
                .body("info.title", equalTo("DVP " + serviceName() + " API"));
    }

    @Test
    void metricsAreServedForPrometheus() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void unknownResourceIsAProblemInTheCallersLanguage() {
        given().header("Accept-Language", "kk-KZ, ru;q=0.8").when().get("/api/v1/no-such-resource")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("code", equalTo("not-found"))
                .body("type", equalTo("https://dvp.kz/problems/not-found"))
                .body("title", equalTo("Ресурс табылмады"));
        given().header("Accept-Language", "ru").when().get("/api/v1/no-such-resource")
                .then().statusCode(404).body("title", equalTo("Ресурс не найден"));
    }
}
