package kz.dvp.identity;

import io.quarkus.test.junit.QuarkusTest;
import kz.dvp.identity.support.Iins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static kz.dvp.identity.support.Api.admin;
import static kz.dvp.identity.support.Api.register;
import static kz.dvp.identity.support.Api.staff;
import static kz.dvp.identity.support.Api.volunteer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class RegistrationTest extends WithDevStack {

    @Test
    void theSameIinRegisteredConcurrentlyIsKeptOnceAndTheOthersAreToldItExists() throws Exception {
        String iin = Iins.adult();
        String token = admin();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> register(token, volunteer(iin, "KZ-71")).extract().statusCode()));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }
            org.assertj.core.api.Assertions.assertThat(statuses).containsOnly(201, 409)
                    .filteredOn(s -> s == 201).hasSize(1);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void operatorRegistersInOwnRegionAndBirthDateAndSexComeFromTheIin() {
        String operator = staff("REGIONAL_OPERATOR", "KZ-71");
        String iin = Iins.born(LocalDate.of(1995, 3, 8), false);

        register(operator, volunteer(iin, "KZ-71"))
                .statusCode(201)
                .header("Location", containsString("/api/v1/volunteers/"))
                .body("iin", equalTo("********" + iin.substring(8)))
                .body("birthDate", equalTo("1995-03-08"))
                .body("sex", equalTo("FEMALE"))
                .body("status", equalTo("ACTIVE"))
                .body("consentVersion", equalTo("2026-01"))
                .body("consentedAt", notNullValue())
                .body("skills", hasItem("first-aid"));
    }

    @Test
    void operatorCannotRegisterInAnotherRegion() {
        String operator = staff("REGIONAL_OPERATOR", "KZ-71");

        register(operator, volunteer(Iins.adult(), "KZ-75"))
                .statusCode(403).contentType("application/problem+json").body("code", equalTo("region-forbidden"));
    }

    @Test
    void rolesThatDoNotRegisterVolunteersAreRefused() {
        register(staff("ANALYST", null), volunteer(Iins.adult(), "KZ-71")).statusCode(403).body("code", equalTo("forbidden"));
    }

    @ParameterizedTest
    @CsvSource({
            "12345678901,iin-format",
            "90010100001a,iin-format",
            "900101900017,iin-century-digit",
            "901301300011,iin-birth-date",
            "900101300018,iin-checksum"})
    void everyIinRuleHasItsOwnCode(String iin, String code) {
        register(admin(), volunteer(iin, "KZ-71"))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo(code))
                .body("errors[0].field", equalTo("iin"))
                .body(org.hamcrest.Matchers.not(containsString(iin)));
    }

    @Test
    void futureBirthDateIsRefused() {
        register(admin(), volunteer(Iins.born(LocalDate.now().plusYears(1), true), "KZ-71"))
                .statusCode(422).body("code", equalTo("iin-birth-date"));
    }

    @Test
    void ruleTitlesFollowTheCallersLanguage() {
        kz.dvp.identity.support.Api.as(admin()).header("Accept-Language", "kk").body(volunteer("900101300018", "KZ-71"))
                .when().post("/api/v1/volunteers").then().statusCode(422).body("title", equalTo("ЖСН бақылау цифры қате"));
        kz.dvp.identity.support.Api.as(admin()).header("Accept-Language", "ru").body(volunteer("900101300018", "KZ-71"))
                .when().post("/api/v1/volunteers").then().statusCode(422).body("title", equalTo("Неверная контрольная цифра ИИН"));
    }

    @Test
    void sixteenYearOldNeedsAGuardianWithConsent() {
        String iin = Iins.aged(16);
        register(admin(), volunteer(iin, "KZ-71")).statusCode(422).body("code", equalTo("guardian-required"));

        Map<String, Object> withoutConsent = volunteer(iin, "KZ-71");
        withoutConsent.put("guardian", guardian(false));
        register(admin(), withoutConsent).statusCode(422).body("code", equalTo("guardian-consent-required"));

        Map<String, Object> withGuardian = volunteer(iin, "KZ-71");
        withGuardian.put("guardian", guardian(true));
        register(admin(), withGuardian).statusCode(201).body("guardianConsent", equalTo(true));
    }

    @Test
    void underFourteenOnlyWithTheGuardianPresent() {
        String iin = Iins.aged(12);
        register(admin(), volunteer(iin, "KZ-71")).statusCode(422).body("code", equalTo("guardian-required-under-14"));

        Map<String, Object> withGuardian = volunteer(iin, "KZ-71");
        withGuardian.put("guardian", guardian(true));
        register(admin(), withGuardian).statusCode(201);
    }

    @Test
    void aMinorCannotBeTheirOwnGuardian() {
        Map<String, Object> body = volunteer(Iins.aged(15), "KZ-71");
        body.put("guardian", Map.of("iin", Iins.aged(16), "fullName", "Сейітов Болат", "phone", "+77017654321", "consent", true));

        register(admin(), body).statusCode(422).body("code", equalTo("guardian-not-adult"));
    }

    @Test
    void secondRegistrationOfAnIinIsAConflictThatOnlyStaffCanTrace() {
        String iin = Iins.adult();
        String first = register(admin(), volunteer(iin, "KZ-71")).statusCode(201).extract().path("id");

        register(admin(), volunteer(iin, "KZ-71"))
                .statusCode(409).body("code", equalTo("volunteer-exists")).body("existingVolunteerId", equalTo(first));
        Map<String, Object> self = volunteer(iin, "KZ-71");
        self.put("password", "my-own-password-123");
        register(null, self)
                .statusCode(409).body("code", equalTo("volunteer-exists")).body("existingVolunteerId", nullValue());
    }

    @Test
    void consentIsRequiredForTheCurrentText() {
        Map<String, Object> refused = volunteer(Iins.adult(), "KZ-71");
        refused.put("consent", Map.of("accepted", false, "version", "2026-01"));
        register(admin(), refused).statusCode(422).body("code", equalTo("consent-required"));

        Map<String, Object> outdated = volunteer(Iins.adult(), "KZ-71");
        outdated.put("consent", Map.of("accepted", true, "version", "2019-01"));
        register(admin(), outdated).statusCode(422).body("code", equalTo("consent-version-outdated"));
    }

    @Test
    void fieldValidationListsEachBadField() {
        Map<String, Object> body = volunteer(Iins.adult(), "KZ-71");
        body.put("phone", "87011234567");
        body.put("firstName", "Aйгүл"); // Latin A with Cyrillic letters
        body.put("languages", List.of("kaz"));

        register(admin(), body)
                .statusCode(400)
                .body("code", equalTo("validation-failed"))
                .body("errors.field", hasItem("phone"))
                .body("errors.field", hasItem("firstName"))
                .body("errors.field", hasItem(containsString("languages")));
    }

    @Test
    void kazakhLettersHyphensAndApostrophesAreNames() {
        Map<String, Object> body = volunteer(Iins.adult(), "KZ-79");
        body.put("firstName", "Әсем-Ұлжан");
        body.put("lastName", "Құрманғазы");
        body.put("middleName", "Һ'ідаятқызы");

        register(admin(), body).statusCode(201).body("firstName", equalTo("Әсем-Ұлжан"));
    }

    @Test
    void unknownRegionAndMalformedJsonAreClearProblems() {
        register(admin(), volunteer(Iins.adult(), "KZ-99")).statusCode(422).body("code", equalTo("region-unknown"));
        kz.dvp.identity.support.Api.as(admin()).body("{\"iin\": ").when().post("/api/v1/volunteers")
                .then().statusCode(400).body("code", equalTo("malformed-body"));
    }

    @Test
    void selfRegistrationNeedsAPasswordAndThenLogsInWithTheIin() {
        String iin = Iins.adult();
        register(null, volunteer(iin, "KZ-15")).statusCode(422).body("code", equalTo("password-required"));

        Map<String, Object> body = volunteer(iin, "KZ-15");
        body.put("password", "my-own-password-123");
        String id = register(null, body).statusCode(201).extract().path("id");

        String token = kz.dvp.identity.support.Api.token(iin, "my-own-password-123");
        kz.dvp.identity.support.Api.as(token).when().get("/api/v1/volunteers/" + id)
                .then().statusCode(200).body("iin", endsWith(iin.substring(8)));
    }

    private static Map<String, Object> guardian(boolean consent) {
        return Map.of("iin", Iins.adult(), "fullName", "Сейітов Болат", "phone", "+77017654321", "consent", consent);
    }
}
