package kz.dvp.passport.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
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
import kz.dvp.passport.domain.Passport;
import kz.dvp.passport.domain.PassportNumber;
import kz.dvp.passport.domain.PassportRules;
import kz.dvp.platform.outbox.Outbox;
import kz.dvp.platform.sql.SessionSql;
import kz.dvp.platform.sql.SqlArrays;
import kz.dvp.platform.time.Today;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

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
        return applyAll(List.of(event));
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

    /**
     * Applies events within the caller's transaction: org events one by one; volunteer events on their passports,
     * loaded and locked together; activity events together. Those record each activity's latest status in one
     * statement, then the last event about each volunteer they touch (locking the passport, creating it if
     * missing) in another; the passports where an activity entered or left VERIFIED are then read, recomputed
     * once and announced once. The end state is the one the events applied one by one would
     * give; only the announcements between two events of the same batch are skipped.
     */
    public Uni<Void> applyAll(List<CloudEvent> events) {
        return applyAll(events, null);
    }

    /**
     * The rebuild's replay: applies events as {@link #applyAll} does, except that volunteer and activity events are
     * upserted without loading passports, activity events only record the activities' statuses (and create the
     * passports of volunteers {@code replayed} meets for the first time), and nothing is announced (a replay is not
     * news). {@link #recompute} then computes every passport's figures once, at the end.
     */
    Uni<Void> recordAll(List<CloudEvent> events, ReplayedVolunteers replayed) {
        return applyAll(events, replayed);
    }

    /** Live when {@code replayed} is null, else the rebuild's replay ({@link #recordAll}). */
    private Uni<Void> applyAll(List<CloudEvent> events, ReplayedVolunteers replayed) {
        boolean live = replayed == null;
        Uni<Void> chain = Uni.createFrom().voidItem();
        ActivityBatch activities = new ActivityBatch();
        List<CloudEvent> volunteerEvents = new ArrayList<>();
        List<UUID> newcomers = new ArrayList<>();
        for (CloudEvent event : events) {
            if (event.data() instanceof ActivityEvent a) {
                activities.add(event, a);
                if (!live && replayed.met(a.volunteerId(), event)) {
                    newcomers.add(a.volunteerId());
                }
            } else if (VolunteerFacts.concern(event)) {
                volunteerEvents.add(event);
                if (!live) {
                    replayed.met(event.data().aggregateId(), event);
                }
            } else if (event.type().topic().equals(Topics.ORG_ORGANIZATIONS)) {
                chain = chain.chain(() -> organizationEvent(event));
            }
        }
        if (!volunteerEvents.isEmpty()) {
            chain = chain.chain(() -> live ? volunteers(volunteerEvents) : record(volunteerEvents));
        }
        if (activities.isEmpty()) {
            return chain;
        }
        return chain.chain(() -> live ? apply(activities) : record(activities, newcomers));
    }

    private Uni<Void> volunteers(List<CloudEvent> events) {
        List<UUID> ids = events.stream().map(e -> e.data().aggregateId()).distinct().toList();
        return passports(ids).chain(loaded -> {
            Map<UUID, Passport> byId = new HashMap<>();
            loaded.all().forEach(p -> byId.put(p.volunteerId, p));
            List<DvpEvent> announcements = new ArrayList<>();
            for (CloudEvent event : events) {
                Passport p = byId.get(event.data().aggregateId());
                Announced before = Announced.of(p);
                VolunteerFacts.of(event).applyTo(p);
                announcements.addAll(touched(p, event, before));
            }
            return loaded.write().chain(() -> outbox.appendAll(announcements));
        });
    }

    private Uni<Void> apply(ActivityBatch batch) {
        return SessionSql.select("select activity_id, status from passport_activity where activity_id = any($1)",
                        (Object) SqlArrays.uuids(batch.activityIds()))
                .chain(previous -> {
                    Map<UUID, String> statuses = new HashMap<>();
                    previous.forEach(row -> statuses.put((UUID) row[0], (String) row[1]));
                    Set<UUID> moving = batch.volunteersWhoseFiguresMove(statuses);
                    return upsert(batch.latest()).chain(() -> PassportRows.touch(lastEvents(batch), moving))
                            .chain(passports -> recompute(passports).chain(before -> {
                                List<DvpEvent> announcements = new ArrayList<>();
                                for (Passport p : passports) {
                                    announcements.addAll(touched(p, batch.lastEventOf(p.volunteerId), before.get(p.volunteerId)));
                                }
                                return PassportRows.update(passports).chain(() -> outbox.appendAll(announcements));
                            }));
                });
    }

    /** Each volunteer the batch touches, as a passport holding only its number and the last event about it. */
    private List<Passport> lastEvents(ActivityBatch batch) {
        Instant now = today.now();
        return batch.volunteerIds().stream().map(id -> {
            Passport p = newPassport(id);
            CloudEvent event = batch.lastEventOf(id);
            p.updatedAt = now;
            p.lastEventId = event.id();
            p.lastEventType = event.type().type();
            return p;
        }).toList();
    }

    /**
     * The volunteers' details as a batch of their events leaves them, in one statement: the passports there are
     * updated (a field no event of the batch set keeps its value), the others inserted.
     */
    private Uni<Void> record(List<CloudEvent> volunteerEvents) {
        Map<UUID, VolunteerFacts> facts = new LinkedHashMap<>();
        volunteerEvents.forEach(e -> facts.computeIfAbsent(e.data().aggregateId(), id -> new VolunteerFacts()).add(e));
        List<UUID> ids = List.copyOf(facts.keySet());
        List<VolunteerFacts> rows = List.copyOf(facts.values());
        String now = today.now().toString();
        return Sql.run("""
                with fact as (
                    select * from unnest(cast($1 as uuid[]), cast($2 as text[]), cast($3 as text[]),
                        cast(cast($4 as text[]) as int[]), cast($5 as text[]), cast(cast($6 as text[]) as boolean[]),
                        cast(cast($7 as text[]) as timestamptz[]), cast($8 as uuid[]), cast($9 as text[]))
                        as f(volunteer_id, passport_number, region, birth_year, status, partner_sharing, updated_at,
                             last_event_id, last_event_type)),
                updated as (
                    update passport p set region = coalesce(f.region, p.region),
                        birth_year = coalesce(f.birth_year, p.birth_year), status = coalesce(f.status, p.status),
                        partner_sharing = coalesce(f.partner_sharing, p.partner_sharing), updated_at = f.updated_at,
                        last_event_id = f.last_event_id, last_event_type = f.last_event_type
                    from fact f where p.volunteer_id = f.volunteer_id
                    returning p.volunteer_id)
                insert into passport (volunteer_id, passport_number, region, birth_year, status, partner_sharing,
                    updated_at, last_event_id, last_event_type)
                select volunteer_id, passport_number, region, birth_year, status, coalesce(partner_sharing, false),
                    updated_at, last_event_id, last_event_type
                from fact where volunteer_id not in (select volunteer_id from updated)""",
                SqlArrays.uuids(ids), SqlArrays.text(ids, PassportNumber::of), SqlArrays.text(rows, f -> f.region),
                SqlArrays.text(rows, f -> f.birthYear), SqlArrays.text(rows, f -> f.status),
                SqlArrays.text(rows, f -> f.partnerSharing), SqlArrays.text(rows, f -> now),
                SqlArrays.uuids(rows, f -> f.last.id()), SqlArrays.text(rows, f -> f.last.type().type()));
    }

    /**
     * The activities' statuses in one upsert, and the passports of the volunteers met for the first time (the
     * figures and the last event wait for {@link #recompute}). A volunteer event of the same batch may have
     * created the passport already.
     */
    private Uni<Void> record(ActivityBatch batch, List<UUID> newcomers) {
        String now = today.now().toString();
        return upsert(batch.latest()).chain(() -> newcomers.isEmpty() ? Uni.createFrom().voidItem() : Sql.run("""
                insert into passport (volunteer_id, passport_number, updated_at)
                select * from unnest(cast($1 as uuid[]), cast($2 as text[]), cast(cast($3 as text[]) as timestamptz[]))
                on conflict (volunteer_id) do nothing""",
                SqlArrays.uuids(newcomers), SqlArrays.text(newcomers, PassportNumber::of),
                SqlArrays.text(newcomers, v -> now)));
    }

    /**
     * The rebuild's last step, for the passports with ids in ({@code after}, {@code upTo}] (null: unbounded):
     * computes their figures from their verified activities, and records the last event the replay met about each.
     * Not locked: nothing else writes the rebuild's tables, and each id range is computed once.
     */
    Uni<Void> recompute(UUID after, UUID upTo, ReplayedVolunteers replayed) {
        List<Object> bounds = new ArrayList<>();
        StringBuilder range = new StringBuilder("true");
        if (after != null) {
            bounds.add(after);
            range.append(" and volunteer_id > $").append(bounds.size());
        }
        if (upTo != null) {
            bounds.add(upTo);
            range.append(" and volunteer_id <= $").append(bounds.size());
        }
        Object[] parameters = bounds.toArray();
        // plain SQL, and only the figures written: the replay wrote everything else of these passports
        return SessionSql.select("select volunteer_id from passport where " + range, parameters)
                .chain(ids -> SessionSql.select(COUNTED + " where " + range + " and status = 'VERIFIED'", parameters)
                        .chain(rows -> {
                            Map<UUID, List<PassportRules.Counted>> counted = counted(rows);
                            Instant now = today.now();
                            List<Passport> computed = new ArrayList<>(ids.size());
                            for (Object[] id : ids) {
                                Passport p = new Passport();
                                p.volunteerId = (UUID) id[0];
                                apply(p, PassportRules.compute(counted.getOrDefault(p.volunteerId, List.of()), config.levels()));
                                ReplayedVolunteers.Last event = replayed.lastOf(p.volunteerId);
                                p.lastEventId = event.id();
                                p.lastEventType = event.type();
                                p.updatedAt = now;
                                computed.add(p);
                            }
                            return PassportRows.updateFigures(computed);
                        }));
    }

    /** The columns {@link #counted} reads: what the figures count of each activity. */
    private static final String COUNTED = """
            select volunteer_id, activity_id, organization_id, project_id, program_code, category, region, started_at, hours
            from passport_activity""";

    /** What {@link #recompute(List)} reads: the counted columns of the verified activities of volunteers $1. */
    static final String COUNTED_OF_VOLUNTEERS = COUNTED + " where volunteer_id = any($1) and status = 'VERIFIED'";

    private static Map<UUID, List<PassportRules.Counted>> counted(List<Object[]> rows) {
        Map<UUID, List<PassportRules.Counted>> counted = new HashMap<>();
        for (Object[] r : rows) {
            counted.computeIfAbsent((UUID) r[0], v -> new ArrayList<>()).add(new PassportRules.Counted(
                    (UUID) r[1], (UUID) r[2], (UUID) r[3], (String) r[4], Category.valueOf((String) r[5]),
                    (String) r[6], instant(r[7]), decimal(r[8])));
        }
        return counted;
    }

    /** One upsert: each activity's latest status, and when it was (last) verified. */
    private static Uni<Void> upsert(List<ActivityBatch.Latest> rows) {
        return Sql.run("""
                insert into passport_activity (activity_id, volunteer_id, organization_id, project_id, program_code,
                    category, region, started_at, ended_at, hours, status, verified_at)
                select * from unnest(cast($1 as uuid[]), cast($2 as uuid[]), cast($3 as uuid[]), cast($4 as uuid[]),
                    cast($5 as text[]), cast($6 as text[]), cast($7 as text[]), cast($8 as timestamptz[]),
                    cast($9 as timestamptz[]), cast(cast($10 as text[]) as numeric[]), cast($11 as text[]),
                    cast($12 as timestamptz[]))
                on conflict (activity_id) do update set status = excluded.status,
                    verified_at = coalesce(excluded.verified_at, passport_activity.verified_at)""",
                SqlArrays.uuids(rows, r -> r.activity().activityId()), SqlArrays.uuids(rows, r -> r.activity().volunteerId()),
                SqlArrays.uuids(rows, r -> r.activity().organizationId()), SqlArrays.uuids(rows, r -> r.activity().projectId()),
                SqlArrays.text(rows, r -> r.activity().programCode()), SqlArrays.text(rows, r -> r.activity().category().name()),
                SqlArrays.text(rows, r -> r.activity().region()), SqlArrays.timestamps(rows, r -> r.activity().startedAt()),
                SqlArrays.timestamps(rows, r -> r.activity().endedAt()), SqlArrays.text(rows, r -> r.activity().hours()),
                SqlArrays.text(rows, r -> r.activity().status().name()), SqlArrays.timestamps(rows, ActivityBatch.Latest::verifiedAt));
    }

    /**
     * Volunteers recomputed per read of their verified activities, so that what one read holds in memory has a
     * bound: a poll of a consumer that fell behind can touch up to max.poll.records (500) volunteers, each with
     * dozens of verified activities, the most active with thousands.
     */
    public static final int RECOMPUTED_PER_READ = 100;

    /**
     * Recomputes the figures of these passports from their verified activities, {@link #RECOMPUTED_PER_READ} at a
     * time; returns what each showed in public before.
     */
    private Uni<Map<UUID, Announced>> recompute(List<Passport> passports) {
        Map<UUID, Announced> before = new HashMap<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int from = 0; from < passports.size(); from += RECOMPUTED_PER_READ) {
            List<Passport> some = passports.subList(from, Math.min(passports.size(), from + RECOMPUTED_PER_READ));
            chain = chain.chain(() -> SessionSql.select(COUNTED_OF_VOLUNTEERS,
                    (Object) SqlArrays.uuids(some, p -> p.volunteerId)).invoke(rows -> {
                        Map<UUID, List<PassportRules.Counted>> counted = counted(rows);
                        for (Passport p : some) {
                            before.put(p.volunteerId, Announced.of(p));
                            apply(p, PassportRules.compute(counted.getOrDefault(p.volunteerId, List.of()), config.levels()));
                        }
                    }).replaceWithVoid());
        }
        return chain.replaceWith(before);
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

    /** Records the event's position; returns the announcements of what changed in public: figures, a level reached. */
    private List<DvpEvent> touched(Passport p, CloudEvent event, Announced before) {
        p.updatedAt = today.now();
        p.lastEventId = event.id();
        p.lastEventType = event.type().type();
        Announced now = Announced.of(p);
        // Nothing is announced before identity's registration arrives; then everything reached so far is.
        if (!p.registered() || now.equals(before)) {
            return List.of();
        }
        List<DvpEvent> announcements = new ArrayList<>();
        announcements.add(new PassportUpdated(p.volunteerId, p.region, p.birthYear, p.totalHours, p.verifiedActivities,
                p.level, p.updatedAt));
        String previousLevel = before.registered() ? before.level() : null;
        if (p.level != null && PassportRules.rose(previousLevel, p.level, config.levels())) {
            announcements.add(new LevelAchieved(p.volunteerId, p.region, p.level, p.totalHours, p.updatedAt));
        }
        return announcements;
    }

    /** What the public stream shows of a passport; announcements are made only when this changes. */
    private record Announced(boolean registered, String totalHours, int activities, String level, String region) {

        static Announced of(Passport p) {
            return new Announced(p.registered(), p.totalHours.stripTrailingZeros().toPlainString(), p.verifiedActivities,
                    p.level, p.region);
        }
    }

    /**
     * The volunteers' passports, new ones (with their numbers) where missing. Locked for the transaction
     * ({@link PassportRows#lock}): the volunteers and activities consumers run side by side, and a profile change
     * holding a copy read before a verification's recompute would otherwise write the old totals back over it.
     * {@link Loaded#write} writes them.
     */
    private static Uni<Loaded> passports(List<UUID> volunteerIds) {
        return PassportRows.lock(volunteerIds).map(found -> {
            Map<UUID, Passport> byId = new HashMap<>();
            found.forEach(p -> byId.put(p.volunteerId, p));
            List<Passport> all = new ArrayList<>(volunteerIds.size());
            List<Passport> created = new ArrayList<>();
            for (UUID id : volunteerIds.stream().distinct().sorted().toList()) {
                Passport p = byId.get(id);
                if (p == null) {
                    p = newPassport(id);
                    created.add(p);
                }
                all.add(p);
            }
            return new Loaded(all, found, created);
        });
    }

    /** The passports of a batch: those found (and locked), those new. */
    private record Loaded(List<Passport> all, List<Passport> found, List<Passport> created) {

        Uni<Void> write() {
            return PassportRows.update(found).chain(() -> PassportRows.insert(created));
        }
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

    /** Hibernate reads numeric as BigDecimal, the plain client ({@link SessionSql}) as its own type. */
    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : SessionSql.decimal(value);
    }
}
