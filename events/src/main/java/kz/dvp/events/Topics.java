package kz.dvp.events;

import java.util.List;

/** Kafka topic names of the platform. The first three keep every event; the passport topic may be compacted. */
public final class Topics {

    /** Volunteer lifecycle, keyed by volunteer id. Produced by identity-service. */
    public static final String IDENTITY_VOLUNTEERS = "dvp.identity.volunteers.v1";
    /** Organizations and their projects, keyed by organization id. Produced by org-service. */
    public static final String ORG_ORGANIZATIONS = "dvp.org.organizations.v1";
    /** Activity records and their verification, keyed by volunteer id. Produced by activity-service. */
    public static final String ACTIVITY_ACTIVITIES = "dvp.activity.activities.v1";
    /** Pseudonymous passport figures, keyed by volunteer id. Produced by passport-service. */
    public static final String PASSPORT_PASSPORTS = "dvp.passport.passports.v1";

    /** Every event topic of the catalogue. */
    public static final List<String> ALL =
            List.of(IDENTITY_VOLUNTEERS, ORG_ORGANIZATIONS, ACTIVITY_ACTIVITIES, PASSPORT_PASSPORTS);

    private Topics() {
    }

    /** The dead-letter topic of a consuming service, e.g. {@code dvp.passport.dlq}. */
    public static String deadLetter(String service) {
        return "dvp." + service + ".dlq";
    }
}
