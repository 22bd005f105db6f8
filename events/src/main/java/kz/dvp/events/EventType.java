package kz.dvp.events;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The event catalogue: CloudEvents type name, record class and topic of every event. */
public enum EventType {
    VOLUNTEER_REGISTERED("kz.dvp.identity.volunteer.registered.v1", VolunteerRegistered.class, Topics.IDENTITY_VOLUNTEERS),
    VOLUNTEER_PROFILE_CHANGED("kz.dvp.identity.volunteer.profile-changed.v1", VolunteerProfileChanged.class, Topics.IDENTITY_VOLUNTEERS),
    VOLUNTEER_STATUS_CHANGED("kz.dvp.identity.volunteer.status-changed.v1", VolunteerStatusChanged.class, Topics.IDENTITY_VOLUNTEERS),

    ORGANIZATION_REGISTERED("kz.dvp.org.organization.registered.v1", OrganizationRegistered.class, Topics.ORG_ORGANIZATIONS),
    ORGANIZATION_VERIFIED("kz.dvp.org.organization.verified.v1", OrganizationVerified.class, Topics.ORG_ORGANIZATIONS),
    ORGANIZATION_REJECTED("kz.dvp.org.organization.rejected.v1", OrganizationRejected.class, Topics.ORG_ORGANIZATIONS),
    ORGANIZATION_SUSPENDED("kz.dvp.org.organization.suspended.v1", OrganizationSuspended.class, Topics.ORG_ORGANIZATIONS),
    ORGANIZATION_REINSTATED("kz.dvp.org.organization.reinstated.v1", OrganizationReinstated.class, Topics.ORG_ORGANIZATIONS),
    PROJECT_PUBLISHED("kz.dvp.org.project.published.v1", ProjectPublished.class, Topics.ORG_ORGANIZATIONS),
    PROJECT_CLOSED("kz.dvp.org.project.closed.v1", ProjectClosed.class, Topics.ORG_ORGANIZATIONS),

    ACTIVITY_SUBMITTED("kz.dvp.activity.submitted.v1", ActivitySubmitted.class, Topics.ACTIVITY_ACTIVITIES),
    ACTIVITY_VERIFIED("kz.dvp.activity.verified.v1", ActivityVerified.class, Topics.ACTIVITY_ACTIVITIES),
    ACTIVITY_REJECTED("kz.dvp.activity.rejected.v1", ActivityRejected.class, Topics.ACTIVITY_ACTIVITIES),
    ACTIVITY_REVOKED("kz.dvp.activity.revoked.v1", ActivityRevoked.class, Topics.ACTIVITY_ACTIVITIES),

    PASSPORT_UPDATED("kz.dvp.passport.updated.v1", PassportUpdated.class, Topics.PASSPORT_PASSPORTS),
    LEVEL_ACHIEVED("kz.dvp.passport.level-achieved.v1", LevelAchieved.class, Topics.PASSPORT_PASSPORTS);

    private static final Map<String, EventType> BY_TYPE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));
    private static final Map<Class<?>, EventType> BY_CLASS =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(EventType::recordClass, Function.identity()));

    private final String type;
    private final Class<? extends DvpEvent> recordClass;
    private final String topic;

    EventType(String type, Class<? extends DvpEvent> recordClass, String topic) {
        this.type = type;
        this.recordClass = recordClass;
        this.topic = topic;
    }

    /** CloudEvents {@code type}, e.g. {@code kz.dvp.activity.verified.v1}. */
    public String type() {
        return type;
    }

    /** The Java record carrying the event data. */
    public Class<? extends DvpEvent> recordClass() {
        return recordClass;
    }

    /** The topic the event is published on. */
    public String topic() {
        return topic;
    }

    /** Classpath location of the event's JSON Schema (draft 2020-12). */
    public String schemaResource() {
        return "/kz/dvp/events/schemas/" + type + ".json";
    }

    /** The catalogue entry for a CloudEvents type name. */
    public static EventType ofType(String type) {
        EventType found = BY_TYPE.get(type);
        if (found == null) {
            throw new UnknownEventTypeException(type);
        }
        return found;
    }

    /** The catalogue entry for a record class. */
    public static EventType of(Class<?> recordClass) {
        EventType found = BY_CLASS.get(recordClass);
        if (found == null) {
            throw new UnknownEventTypeException(recordClass.getName());
        }
        return found;
    }
}
