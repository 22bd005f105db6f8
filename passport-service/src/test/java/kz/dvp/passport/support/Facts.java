package kz.dvp.passport.support;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import kz.dvp.events.ActivityMethod;
import kz.dvp.events.ActivityRevoked;
import kz.dvp.events.ActivityStatus;
import kz.dvp.events.ActivitySubmitted;
import kz.dvp.events.ActivityVerified;
import kz.dvp.events.Category;
import kz.dvp.events.CloudEvent;
import kz.dvp.events.DvpEvent;
import kz.dvp.events.ProjectPublished;
import kz.dvp.events.Sex;
import kz.dvp.events.VolunteerRegistered;
import kz.dvp.events.VolunteerStatus;
import kz.dvp.platform.testing.TestEvents;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** The upstream events a passport is made of, published on their topics as identity, org and activity would. */
public final class Facts {

    private final String bootstrap;

    public Facts(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    public UUID volunteer(String region, boolean sharing) {
        UUID id = UUID.randomUUID();
        registered(id, region, sharing);
        return id;
    }

    public void registered(UUID id, String region, boolean sharing) {
        TestEvents.publish(bootstrap, "/dvp/identity-service", registration(id, region, sharing));
    }

    /** {@code count} volunteers of {@code region} registered, published through one producer. */
    public List<UUID> volunteers(int count, String region) {
        List<UUID> ids = new java.util.ArrayList<>();
        VolunteerRegistered[] registrations = new VolunteerRegistered[count];
        for (int i = 0; i < count; i++) {
            ids.add(UUID.randomUUID());
            registrations[i] = registration(ids.get(i), region, false);
        }
        TestEvents.publish(bootstrap, "/dvp/identity-service", registrations);
        return ids;
    }

    private static VolunteerRegistered registration(UUID id, String region, boolean sharing) {
        return new VolunteerRegistered(id, region, 1999, Sex.MALE, VolunteerStatus.ACTIVE, false, sharing, List.of(),
                List.of(), null, Instant.now());
    }

    public UUID project(UUID organization, String name) {
        UUID id = UUID.randomUUID();
        projectPublished(organization, id, name);
        return id;
    }

    public void projectPublished(UUID organization, UUID project, String name) {
        TestEvents.publish(bootstrap, "/dvp/org-service", new ProjectPublished(organization, project, name, Category.ECOLOGY,
                "ZHAS_AGASH", List.of("KZ-71"), LocalDate.now().minusYears(1), null, true, 8, Instant.now()));
    }

    /** An activity's submission; returns its event. */
    public CloudEvent submitted(UUID activity, UUID volunteer, UUID organization, UUID project, String start, String hours) {
        Instant s = Instant.parse(start);
        CloudEvent submission = CloudEvent.of("/dvp/activity-service", new ActivitySubmitted(activity, volunteer,
                organization, project, "ZHAS_AGASH", Category.ECOLOGY, "KZ-71", s, end(s, hours), new BigDecimal(hours),
                ActivityMethod.SELF_REPORT, ActivityStatus.SUBMITTED, Instant.now()));
        TestEvents.publish(bootstrap, submission);
        return submission;
    }

    private static Instant end(Instant start, String hours) {
        return start.plus(Duration.ofMinutes(new BigDecimal(hours).multiply(BigDecimal.valueOf(60)).longValue()));
    }

    /** An activity's submission and verification, as two events; returns the verification to replay it. */
    public CloudEvent verified(UUID activity, UUID volunteer, UUID organization, UUID project, String start, String hours) {
        submitted(activity, volunteer, organization, project, start, hours);
        Instant s = Instant.parse(start);
        Instant e = end(s, hours);
        CloudEvent verification = CloudEvent.of("/dvp/activity-service", new ActivityVerified(activity, volunteer,
                organization, project, "ZHAS_AGASH", Category.ECOLOGY, "KZ-71", s, e, new BigDecimal(hours),
                ActivityMethod.SELF_REPORT, ActivityStatus.VERIFIED, Instant.now()));
        TestEvents.publish(bootstrap, verification);
        return verification;
    }

    public void revoked(UUID activity, UUID volunteer, UUID organization, UUID project, String start, String hours) {
        Instant s = Instant.parse(start);
        publish(new ActivityRevoked(activity, volunteer, organization, project, "ZHAS_AGASH", Category.ECOLOGY, "KZ-71", s,
                s.plusSeconds(3600), new BigDecimal(hours), ActivityMethod.SELF_REPORT, ActivityStatus.REVOKED, Instant.now()));
    }

    public void publish(DvpEvent event) {
        TestEvents.publish(bootstrap, "/dvp/activity-service", event);
    }

    public static RequestSpecification as(String token) {
        RequestSpecification spec = given().contentType(ContentType.JSON);
        return token == null ? spec : spec.auth().oauth2(token);
    }
}
