package kz.dvp.passport.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import kz.dvp.events.ActivityEvent;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    private static final int UPSERT_CHUNK = 500;

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
        return event.data() instanceof ActivityEvent ? applyAll(List.of(event)) : Uni.createFrom().voidItem();
    }

    /**
     * Applies events in order, within the caller's transaction: identity and org events one by one, activity
     * events together. Those record each activity's latest status in one statement per 500 activities, then each
     * volunteer they touch is locked, recomputed once if an activity entered or left VERIFIED, and announced
     * once. The end state is the one the events applied one by one would give; only the announcements between
     * two events of the same batch are skipped.
     */
    public Uni<Void> applyAll(List<CloudEvent> events) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        ActivityBatch activities = new ActivityBatch();
        for (CloudEvent event : events) {
            if (event.data() instanceof ActivityEvent a) {
                activities.add(event, a);
            } else {
                chain = chain.chain(() -> apply(event));
            }
        }
        return activities.isEmpty() ? chain : chain.chain(() -> apply(activities));
    }

    private Uni<Void> apply(ActivityBatch batch) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "select activity_id, status from passport_activity where activity_id in (?1)", Object[].class)
                .setParameter(1, batch.activityIds()).getResultList())
                .chain(previous -> {
                    Map<UUID, String> statuses = new HashMap<>();
                    previous.forEach(row -> statuses.put((UUID) row[0], (String) row[1]));
                    Set<UUID> moving = batch.volunteersWhoseFiguresMove(statuses);
                    Uni<Void> upserts = Uni.createFrom().voidItem();
                    for (List<ActivityBatch.Latest> chunk : batch.latestInChunksOf(UPSERT_CHUNK)) {
                        upserts = upserts.chain(() -> upsert(chunk));
                    }
                    return upserts.chain(() -> passports(batch.volunteerIds()))
                            .chain(passports -> recompute(passports, moving).chain(before -> {
                                Uni<Void> announced = Uni.createFrom().voidItem();
                                for (Passport p : passports) {
                                    Announced was = before.getOrDefault(p.volunteerId, Announced.of(p));
                                    announced = announced.chain(() -> touched(p, batch.lastEventOf(p.volunteerId), was));
                                }
                                return announced;
                            }));
                });
    }

    private Uni<Void> volunteer(CloudEvent event, UUID volunteerId, Consumer<Passport> change) {
        return passport(volunteerId).chain(p -> {
            Announced before = Announced.of(p);
            change.accept(p);
            return touched(p, event, before);
        });
    }

    /** One multi-row upsert: each activity's latest status, and when it was (last) verified. */
    private static Uni<Void> upsert(List<ActivityBatch.Latest> rows) {
        StringBuilder sql = new StringBuilder("""
                insert into passport_activity (activity_id, volunteer_id, organization_id, project_id, program_code,
                    category, region, started_at, ended_at, hours, status, verified_at) values\s""");
        List<Object> parameters = new ArrayList<>(rows.size() * 12);
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "(" : ", (");
            for (int c = 1; c <= 12; c++) {
                sql.append(c == 1 ? "?" : ", ?").append(i * 12 + c);
            }
            sql.append(')');
            ActivityEvent a = rows.get(i).activity();
            parameters.addAll(Arrays.asList(a.activityId(), a.volunteerId(), a.organizationId(), a.projectId(),
                    a.programCode(), a.category().name(), a.region(), a.startedAt(), a.endedAt(), a.hours(),
                    a.status().name(), rows.get(i).verifiedAt()));
        }
        sql.append("""
                 on conflict (activity_id) do update set status = excluded.status,
                    verified_at = coalesce(excluded.verified_at, passport_activity.verified_at)""");
        return Sql.run(sql.toString(), parameters.toArray());
    }

    /**
     * Recomputes the figures of the {@code moving} passports from their verified activities, in one query;
     * returns what each showed in public before.
     */
    private Uni<Map<UUID, Announced>> recompute(List<Passport> passports, Set<UUID> moving) {
        List<Passport> recomputed = passports.stream().filter(p -> moving.contains(p.volunteerId)).toList();
        if (recomputed.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        select volunteer_id, activity_id, organization_id, project_id, program_code, category, region,
                            started_at, hours
                        from passport_activity where volunteer_id in (?1) and status = 'VERIFIED'""", Object[].class)
                .setParameter(1, recomputed.stream().map(p -> p.volunteerId).toList()).getResultList()).map(rows -> {
                    Map<UUID, List<PassportRules.Counted>> counted = new HashMap<>();
                    for (Object[] r : rows) {
                        counted.computeIfAbsent((UUID) r[0], v -> new ArrayList<>()).add(new PassportRules.Counted(
                                (UUID) r[1], (UUID) r[2], (UUID) r[3], (String) r[4], Category.valueOf((String) r[5]),
                                (String) r[6], instant(r[7]), (BigDecimal) r[8]));
                    }
                    Map<UUID, Announced> before = new HashMap<>();
                    for (Passport p : recomputed) {
                        before.put(p.volunteerId, Announced.of(p));
                        apply(p, PassportRules.compute(counted.getOrDefault(p.volunteerId, List.of()), config.levels()));
                    }
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
            Passport p = newPassport(volunteerId);
            return session.persist(p).replaceWith(p);
        }));
    }

    /** The volunteers' passports, locked in id order (no deadlock between batches), created where missing. */
    private static Uni<List<Passport>> passports(List<UUID> volunteerIds) {
        List<UUID> sorted = volunteerIds.stream().sorted().toList();
        return Panache.getSession().chain(session -> session.createQuery(
                        "from Passport where volunteerId in (:ids) order by volunteerId", Passport.class)
                .setParameter("ids", sorted).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()
                .chain(found -> {
                    Map<UUID, Passport> byId = new HashMap<>();
                    found.forEach(p -> byId.put(p.volunteerId, p));
                    List<Passport> all = new ArrayList<>(sorted.size());
                    List<Passport> created = new ArrayList<>();
                    for (UUID id : sorted) {
                        Passport p = byId.get(id);
                        if (p == null) {
                            p = newPassport(id);
                            created.add(p);
                        }
                        all.add(p);
                    }
                    return session.persistAll(created.toArray()).replaceWith(all);
                }));
    }

    private static Passport newPassport(UUID volunteerId) {
        Passport p = new Passport();
        p.volunteerId = volunteerId;
        p.passportNumber = PassportNumber.of(volunteerId);
        p.updatedAt = Instant.now();
        return p;
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
