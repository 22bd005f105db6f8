package kz.dvp.passport.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import kz.dvp.events.ActivityEvent;
import kz.dvp.events.ActivityStatus;
import kz.dvp.events.Category;
import kz.dvp.events.CloudEvent;
import kz.dvp.events.DvpEvent;
import kz.dvp.events.LevelAchieved;
import kz.dvp.events.PassportUpdated;
import kz.dvp.events.OrganizationRegistered;
import kz.dvp.events.OrganizationReinstated;
import kz.dvp.events.OrganizationRejected;
import kz.dvp.events.OrganizationStatus;
import kz.dvp.events.OrganizationSuspended;
import kz.dvp.events.OrganizationVerified;
import kz.dvp.events.ProjectPublished;
import kz.dvp.events.Topics;
import kz.dvp.events.VolunteerProfileChanged;
import kz.dvp.events.VolunteerRegistered;
import kz.dvp.events.VolunteerStatusChanged;
import kz.dvp.passport.domain.Passport;
import kz.dvp.passport.domain.PassportNumber;
import kz.dvp.passport.domain.PassportRules;
import kz.dvp.platform.outbox.Outbox;
import kz.dvp.platform.time.Today;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Applies events to the passports, inside the inbox's transaction. Activity events only record the activity's
 * latest status; the figures are then recomputed from the volunteer's verified activities
 * ({@link PassportRules}), so duplicates, interleaving and revocations all end in the same totals. A change of
 * figures is announced (PassportUpdated, LevelAchieved) through the outbox.
 */
@ApplicationScoped
public class PassportProjection {

    private final Outbox outbox;
    private final PassportConfig config;
    private final Today today;
    private final ObjectMapper json;

    public PassportProjection(Outbox outbox, PassportConfig config, Today today, ObjectMapper json) {
        this.outbox = outbox;
        this.config = config;
        this.today = today;
        this.json = json;
    }

    /** Applies any event of the identity, org or activity topics, within the caller's transaction. */
    public Uni<Void> apply(CloudEvent event) {
        return switch (event.type().topic()) {
            case Topics.IDENTITY_VOLUNTEERS -> volunteerEvent(event);
            case Topics.ORG_ORGANIZATIONS -> organizationEvent(event);
            case Topics.ACTIVITY_ACTIVITIES -> activityEvent(event);
            default -> Uni.createFrom().voidItem();
        };
    }

    private Uni<Void> volunteerEvent(CloudEvent event) {
        Object data = event.data();
        if (data instanceof VolunteerRegistered e) {
            return volunteer(event, e.volunteerId(), p -> {
                p.region = e.region();
                p.birthYear = e.birthYear();
                p.status = e.status().name();
                p.partnerSharing = e.partnerSharing();
            });
        }
        if (data instanceof VolunteerProfileChanged e) {
            return volunteer(event, e.volunteerId(), p -> {
                p.region = e.region();
                p.partnerSharing = e.partnerSharing();
            });
        }
        if (data instanceof VolunteerStatusChanged e) {
            return volunteer(event, e.volunteerId(), p -> p.status = e.status().name());
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> organizationEvent(CloudEvent event) {
        Object data = event.data();
        if (data instanceof OrganizationRegistered e) {
            return PassportProjectionNames.organization(e.organizationId(), e.nameKk(), e.nameRu(), e.region(),
                    OrganizationStatus.PENDING_VERIFICATION);
        }
        if (data instanceof OrganizationVerified e) {
            return PassportProjectionNames.organizationStatus(e.organizationId(), OrganizationStatus.VERIFIED);
        }
        if (data instanceof OrganizationRejected e) {
            return PassportProjectionNames.organizationStatus(e.organizationId(), OrganizationStatus.REJECTED);
        }
        if (data instanceof OrganizationSuspended e) {
            return PassportProjectionNames.organizationStatus(e.organizationId(), OrganizationStatus.SUSPENDED);
        }
        if (data instanceof OrganizationReinstated e) {
            return PassportProjectionNames.organizationStatus(e.organizationId(), OrganizationStatus.VERIFIED);
        }
        if (data instanceof ProjectPublished e) {
            return PassportProjectionNames.project(e.projectId(), e.organizationId(), e.name());
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> activityEvent(CloudEvent event) {
        return event.data() instanceof ActivityEvent activity ? activity(event, activity)
                : Uni.createFrom().voidItem();
    }

    private Uni<Void> volunteer(CloudEvent event, UUID volunteerId, Consumer<Passport> change) {
        return passport(volunteerId).chain(p -> {
            Announced before = Announced.of(p);
            change.accept(p);
            return touched(p, event, before);
        });
    }

    private Uni<Void> activity(CloudEvent event, ActivityEvent a) {
        // Figures only move when an activity enters or leaves VERIFIED: a submission or rejection of one that
        // was never verified is recorded without recomputing the volunteer's figures (most of an ingest's events).
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "select status from passport_activity where activity_id = ?1", String.class)
                .setParameter(1, a.activityId()).getResultList())
                .chain(previous -> record(event, a, !previous.isEmpty() && "VERIFIED".equals(previous.get(0))
                        || a.status() == ActivityStatus.VERIFIED));
    }

    private Uni<Void> record(CloudEvent event, ActivityEvent a, boolean figuresMove) {
        return Sql.run("""
                        insert into passport_activity (activity_id, volunteer_id, organization_id, project_id, program_code,
                            category, region, started_at, ended_at, hours, status, verified_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
                        on conflict (activity_id) do update set status = excluded.status,
                            verified_at = coalesce(excluded.verified_at, passport_activity.verified_at)""",
                a.activityId(), a.volunteerId(), a.organizationId(), a.projectId(), a.programCode(), a.category().name(),
                a.region(), a.startedAt(), a.endedAt(), a.hours(), a.status().name(),
                a.status() == ActivityStatus.VERIFIED ? event.time() : null)
                .chain(() -> passport(a.volunteerId()))
                .chain(p -> figuresMove ? recompute(p).chain(before -> touched(p, event, before))
                        : touched(p, event, Announced.of(p)));
    }

    /** Recomputes the figures from the verified activities; returns what was public before. */
    private Uni<Announced> recompute(Passport p) {
        Announced before = Announced.of(p);
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        select activity_id, organization_id, project_id, program_code, category, region, started_at, hours
                        from passport_activity where volunteer_id = ?1 and status = 'VERIFIED'""", Object[].class)
                .setParameter(1, p.volunteerId).getResultList()).map(rows -> {
                    List<PassportRules.Counted> counted = new ArrayList<>(rows.size());
                    for (Object[] r : rows) {
                        counted.add(new PassportRules.Counted((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3],
                                Category.valueOf((String) r[4]), (String) r[5], instant(r[6]), (BigDecimal) r[7]));
                    }
                    apply(p, PassportRules.compute(counted, config.levels()));
                    return before;
                });
    }

    private void apply(Passport p, PassportRules.Figures f) {
        p.totalHours = f.totalHours();
        p.verifiedActivities = f.verifiedActivities();
        p.organizations = f.organizations();
        p.projects = f.projects();
        p.hoursByCategory = write(f.byCategory());
        p.hoursByProgram = write(f.byProgram());
        p.hoursByYear = write(f.byYear());
        p.hoursByRegion = write(f.byRegion());
        p.firstActivityOn = f.firstActivityOn();
        p.lastActivityOn = f.lastActivityOn();
        p.level = f.level();
        p.badges = String.join(",", f.badges());
    }

    /** Records the event's position and announces what changed in public: figures, and a level newly reached. */
    private Uni<Void> touched(Passport p, CloudEvent event, Announced before) {
        p.updatedAt = today.now();
        p.lastEventId = event.id();
        p.lastEventType = event.type().type();
        Announced now = Announced.of(p);
        // Nothing is announced before identity's registration arrives; then everything reached so far is.
        if (!p.registered() || now.equals(before)) {
            return Uni.createFrom().voidItem();
        }
        List<DvpEvent> announcements = new ArrayList<>();
        announcements.add(new PassportUpdated(p.volunteerId, p.region, p.birthYear, p.totalHours, p.verifiedActivities,
                p.level, p.updatedAt));
        String previousLevel = before.registered() ? before.level() : null;
        if (p.level != null && PassportRules.rose(previousLevel, p.level, config.levels())) {
            announcements.add(new LevelAchieved(p.volunteerId, p.region, p.level, p.totalHours, p.updatedAt));
        }
        return outbox.appendAll(announcements);
    }

    /** What the public stream shows of a passport; announcements are made only when this changes. */
    private record Announced(boolean registered, String totalHours, int activities, String level, String region) {

        static Announced of(Passport p) {
            return new Announced(p.registered(), p.totalHours.stripTrailingZeros().toPlainString(), p.verifiedActivities,
                    p.level, p.region);
        }
    }

    /**
     * The volunteer's passport, created (with its number) when the first event about them arrives. Locked for the
     * transaction: the volunteers and activities consumers run side by side, and a profile change holding a copy
     * read before a verification's recompute would otherwise write the old totals back over it.
     */
    private static Uni<Passport> passport(UUID volunteerId) {
        return Panache.getSession().chain(session -> session.find(Passport.class, volunteerId,
                LockModeType.PESSIMISTIC_WRITE).chain(found -> {
            if (found != null) {
                return Uni.createFrom().item(found);
            }
            Passport p = new Passport();
            p.volunteerId = volunteerId;
            p.passportNumber = PassportNumber.of(volunteerId);
            p.updatedAt = Instant.now();
            return session.persist(p).replaceWith(p);
        }));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Object value) {
        return value instanceof Instant i ? i : ((java.time.OffsetDateTime) value).toInstant();
    }
}
