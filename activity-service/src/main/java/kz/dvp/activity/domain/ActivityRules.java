package kz.dvp.activity.domain;

import kz.dvp.events.Category;
import kz.dvp.events.OrganizationStatus;
import kz.dvp.events.VolunteerStatus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The rules that keep logged hours honest, as pure functions of the facts: no framework, no database.
 * {@link #check} answers the first rule an activity breaks, or nothing.
 */
public final class ActivityRules {

    /** Calendar days (daily limits, ages, project dates) are those of Asia/Almaty. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");
    /**
     * The longest an activity may last: a week, long enough for a field deployment recorded in one piece. Besides
     * keeping hours sane (a project may allow 24 h a day, so the daily limits alone bound nothing), it lets the
     * booked read look back a week from the days it checks instead of through a volunteer's whole history.
     */
    public static final Duration MAX_DURATION = Duration.ofDays(7);
    private static final BigDecimal QUARTERS = BigDecimal.valueOf(4);

    private ActivityRules() {
    }

    /** An activity as submitted. {@code region} may be null: it is then taken from the project or volunteer. */
    public record Candidate(UUID volunteerId, UUID projectId, Instant start, Instant end, String region) {
    }

    /** What activity-service knows of a volunteer from identity's events. */
    public record VolunteerFacts(UUID id, String region, LocalDate adultOn, VolunteerStatus status,
                                 boolean guardianConsent) {

        /** Under 18 on that day; {@code adultOn} is only known (non-null) for volunteers registered as minors. */
        public boolean minorOn(LocalDate day) {
            return adultOn != null && day.isBefore(adultOn);
        }

        public boolean under14On(LocalDate day) {
            return adultOn != null && day.isBefore(adultOn.minusYears(4));
        }
    }

    public record OrganizationFacts(UUID id, String region, OrganizationStatus status) {
    }

    public record ProjectFacts(UUID id, UUID organizationId, Category category, String programCode, List<String> regions,
                               LocalDate startDate, LocalDate endDate, boolean minorsAllowed, int maxHoursPerDay,
                               Instant closedAt) {
    }

    /** Another non-rejected activity of the same volunteer. */
    public record Booked(UUID activityId, UUID projectId, Instant start, Instant end) {
    }

    /** Configurable limits. */
    public record Limits(Duration clockSkew, Duration maxAge) {
    }

    /** A broken rule: its problem code, a message without personal data, and extension members. */
    public record Violation(String code, String message, Map<String, Object> extensions) {

        Violation(String code, String message) {
            this(code, message, Map.of());
        }
    }

    /** Hours of an interval, rounded to the nearest quarter hour. */
    public static BigDecimal hours(Instant start, Instant end) {
        BigDecimal minutes = BigDecimal.valueOf(Duration.between(start, end).toMinutes());
        return minutes.multiply(QUARTERS).divide(BigDecimal.valueOf(60), 0, RoundingMode.HALF_UP)
                .divide(QUARTERS, 2, RoundingMode.UNNECESSARY);
    }

    /** The region an activity is counted in: the given one, the project's only one, or the volunteer's. */
    public static Optional<String> region(Candidate c, VolunteerFacts v, ProjectFacts p) {
        if (c.region() != null) {
            return Optional.of(c.region());
        }
        if (p.regions().size() == 1) {
            return Optional.of(p.regions().get(0));
        }
        return p.regions().contains(v.region()) ? Optional.of(v.region()) : Optional.empty();
    }

    public static Optional<Violation> check(Candidate c, VolunteerFacts v, OrganizationFacts o, ProjectFacts p,
                                            List<Booked> booked, Instant now, Limits limits) {
        if (!c.end().isAfter(c.start())) {
            return fail("activity-end-before-start", "end must be after start");
        }
        if (Duration.between(c.start(), c.end()).compareTo(MAX_DURATION) > 0) {
            return fail("activity-too-long", "An activity lasts at most " + MAX_DURATION.toDays()
                    + " days; record a longer engagement as several activities");
        }
        if (c.end().isAfter(now.plus(limits.clockSkew()))) {
            return fail("activity-in-future", "An activity cannot end in the future");
        }
        if (c.start().isBefore(now.minus(limits.maxAge()))) {
            return fail("activity-too-old", "Activities older than " + limits.maxAge().toDays() + " days are not accepted");
        }
        if (hours(c.start(), c.end()).signum() == 0) {
            return fail("activity-too-short", "An activity must last at least 8 minutes (a quarter hour, rounded)");
        }
        if (v.status() != VolunteerStatus.ACTIVE) {
            return fail("volunteer-not-active", "The volunteer is " + v.status());
        }
        if (o.status() != OrganizationStatus.VERIFIED) {
            return fail("organization-not-verified", "The project's organization is " + o.status());
        }
        LocalDate firstDay = day(c.start());
        LocalDate lastDay = day(c.end().minusNanos(1));
        if (firstDay.isBefore(p.startDate()) || p.endDate() != null && lastDay.isAfter(p.endDate())
                || p.closedAt() != null && c.end().isAfter(p.closedAt())) {
            return fail("project-not-open", "The project was not open on those dates");
        }
        Optional<String> region = region(c, v, p);
        if (region.isEmpty()) {
            return fail("activity-region-required", "The project runs in several regions: say in which one");
        }
        if (!p.regions().contains(region.get())) {
            return fail("activity-region-outside-project", "The project does not run in " + region.get());
        }
        if (v.minorOn(firstDay)) {
            if (p.category() == Category.EMERGENCY) {
                return fail("emergency-minor", "Volunteers under 18 never take part in EMERGENCY projects");
            }
            if (!p.minorsAllowed()) {
                return fail("minor-not-allowed", "This project does not accept volunteers under 18");
            }
            if (v.under14On(firstDay) && !v.guardianConsent()) {
                return fail("under-14-guardian-consent", "Under 14, a guardian's consent must be on record");
            }
        }
        for (Booked other : booked) {
            if (other.start().isBefore(c.end()) && c.start().isBefore(other.end())) {
                return Optional.of(new Violation("activity-overlap", "Overlaps another activity of the volunteer",
                        Map.of("conflictingActivityId", other.activityId())));
            }
        }
        return dailyLimits(c, p, booked);
    }

    /**
     * At most the project's hours per day, and 24 h per day across all organizations. With no overlaps allowed
     * the 24 h limit holds by construction; it is checked anyway as the last line of defence.
     */
    private static Optional<Violation> dailyLimits(Candidate c, ProjectFacts p, List<Booked> booked) {
        Map<LocalDate, Long> projectMinutes = new HashMap<>();
        Map<LocalDate, Long> allMinutes = new HashMap<>();
        for (Booked other : booked) {
            addByDay(other.start(), other.end(), allMinutes);
            if (other.projectId().equals(p.id())) {
                addByDay(other.start(), other.end(), projectMinutes);
            }
        }
        Map<LocalDate, Long> mine = new HashMap<>();
        addByDay(c.start(), c.end(), mine);
        for (Map.Entry<LocalDate, Long> day : mine.entrySet()) {
            long project = projectMinutes.getOrDefault(day.getKey(), 0L) + day.getValue();
            if (project > p.maxHoursPerDay() * 60L) {
                return fail("project-daily-limit", "More than " + p.maxHoursPerDay() + " h on " + day.getKey()
                        + " in this project");
            }
            if (allMinutes.getOrDefault(day.getKey(), 0L) + day.getValue() > 24 * 60L) {
                return fail("daily-limit-24h", "More than 24 h on " + day.getKey() + " across all organizations");
            }
        }
        return Optional.empty();
    }

    /** Minutes of an interval on each Asia/Almaty calendar day it touches. */
    static void addByDay(Instant start, Instant end, Map<LocalDate, Long> minutesByDay) {
        Instant cursor = start;
        while (cursor.isBefore(end)) {
            LocalDate day = day(cursor);
            Instant nextMidnight = day.plusDays(1).atStartOfDay(ZONE).toInstant();
            Instant until = end.isBefore(nextMidnight) ? end : nextMidnight;
            minutesByDay.merge(day, Duration.between(cursor, until).toMinutes(), Long::sum);
            cursor = until;
        }
    }

    public static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    private static Optional<Violation> fail(String code, String message) {
        return Optional.of(new Violation(code, message));
    }
}
