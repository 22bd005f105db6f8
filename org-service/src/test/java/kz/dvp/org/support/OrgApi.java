package kz.dvp.org.support;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import kz.dvp.platform.testing.TestTokens;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** org-service as front-offices and coordinators use it. */
public final class OrgApi {

    private OrgApi() {
    }

    public static RequestSpecification as(String token) {
        RequestSpecification spec = given().contentType(ContentType.JSON);
        return token == null ? spec : spec.auth().oauth2(token);
    }

    public static Map<String, Object> organization(String bin, String region) {
        Map<String, Object> body = new HashMap<>();
        body.put("bin", bin);
        body.put("nameKk", "«Жас ағаш» қоғамдық қоры");
        body.put("nameRu", "Общественный фонд «Жас ағаш»");
        body.put("legalForm", "Общественный фонд");
        body.put("kind", "NGO");
        body.put("region", region);
        body.put("address", "Астана, Мәңгілік Ел даңғылы, 8");
        body.put("contactEmail", "contact.person@zhasagash.kz");
        body.put("contactPhone", "+77172123456");
        return body;
    }

    /** A registered organization (pending). */
    public static UUID registered(String region) {
        return UUID.fromString(as(null).body(organization(Bins.valid(), region)).post("/api/v1/organizations")
                .then().statusCode(201).extract().path("id"));
    }

    /** A registered and verified organization. */
    public static UUID verified(String region) {
        UUID id = registered(region);
        as(TestTokens.operator(region)).body(Map.of("decision", "VERIFIED")).post("/api/v1/organizations/" + id + "/verification")
                .then().statusCode(200);
        return id;
    }

    public static Map<String, Object> project(String category, String program, boolean minors) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Астана жасыл белдеуі");
        body.put("description", "Planting saplings along the green belt");
        body.put("category", category);
        if (program != null) {
            body.put("programCode", program);
        }
        body.put("regions", Set.of("KZ-71", "KZ-11"));
        body.put("startDate", LocalDate.now().toString());
        body.put("endDate", LocalDate.now().plusMonths(6).toString());
        body.put("minorsAllowed", minors);
        body.put("maxHoursPerDay", 8);
        return body;
    }
}
