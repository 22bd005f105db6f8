package kz.dvp.activity.domain;

import kz.dvp.events.Category;
import kz.dvp.events.OrganizationStatus;
import kz.dvp.events.VolunteerStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ActivityRulesTest {

    private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");
    private static final ActivityRules.Limits LIMITS = new ActivityRules.Limits(Duration.ofMinutes(5), Duration.ofDays(365));
    private static final UUID PROJECT = UUID.randomUUID();

    private final ActivityRules.VolunteerFacts adult = new ActivityRules.VolunteerFacts(UUID.randomUUID(), "KZ-71", null,
            VolunteerStatus.ACTIVE, false);
    private final ActivityRules.OrganizationFacts verified = new ActivityRules.OrganizationFacts(UUID.randomUUID(), "KZ-71",
            OrganizationStatus.VERIFIED);
    private final ActivityRules.ProjectFacts ecology = project(Category.ECOLOGY, true, 8, List.of("KZ-71"));

    @ParameterizedTest
    @CsvSource({"60,1.00", "67,1.00", "68,1.25", "7,0.00", "8,0.25", "270,4.50", "1439,24.00"})
    void hoursAreTheIntervalRoundedToTheNearestQuarter(long minutes, String hours) {
        Instant start = Instant.parse("2026-06-01T03:00:00Z");

        assertThat(ActivityRules.hours(start, start.plus(Duration.ofMinutes(minutes)))).isEqualTo(new BigDecimal(hours));
    }

    @Test
    void aValidActivityPasses() {
        assertThat(check(at("2026-06-14T04:00:00Z", 4), adult, verified, ecology, List.of())).isEmpty();
    }

    @Test
    void endMustFollowStart() {
        ActivityRules.Candidate backwards = new ActivityRules.Candidate(adult.id(), PROJECT,
                Instant.parse("2026-06-14T08:00:00Z"), Instant.parse("2026-06-14T04:00:00Z"), null);
        assertThat(code(check(backwards, adult, verified, ecology, List.of()))).isEqualTo("activity-end-before-start");
    }

    @Test
    void notInTheFutureBeyondFiveMinutesOfClockSkew() {
        assertThat(check(endingAt(NOW.plus(Duration.ofMinutes(4))), adult, verified, ecology, List.of())).isEmpty();
        assertThat(code(check(endingAt(NOW.plus(Duration.ofMinutes(6))), adult, verified, ecology, List.of())))
                .isEqualTo("activity-in-future");
    }

    @Test
    void notOlderThanTheConfiguredLimit() {
        assertThat(code(check(at("2025-06-10T04:00:00Z", 2), adult, verified, ecology(LocalDate.of(2025, 1, 1)), List.of())))
                .isEqualTo("activity-too-old");
    }

    @Test
    void aWeekAtMostInOnePieceEvenWhereTheProjectAllowsWholeDays() {
        var wideOpen = project(Category.ECOLOGY, true, 24, List.of("KZ-71"));
        Instant start = Instant.parse("2026-06-01T04:00:00Z");
        var week = new ActivityRules.Candidate(adult.id(), PROJECT, start, start.plus(Duration.ofDays(7)), null);
        var longer = new ActivityRules.Candidate(adult.id(), PROJECT, start, week.end().plus(Duration.ofMinutes(15)), null);

        assertThat(check(week, adult, verified, wideOpen, List.of())).isEmpty();
        assertThat(code(check(longer, adult, verified, wideOpen, List.of()))).isEqualTo("activity-too-long");
    }

    @Test
    void volunteerActiveAndOrganizationVerified() {
        var suspended = new ActivityRules.VolunteerFacts(adult.id(), "KZ-71", null, VolunteerStatus.SUSPENDED, false);
        var suspendedOrg = new ActivityRules.OrganizationFacts(verified.id(), "KZ-71", OrganizationStatus.SUSPENDED);

        assertThat(code(check(at("2026-06-14T04:00:00Z", 2), suspended, verified, ecology, List.of()))).isEqualTo("volunteer-not-active");
        assertThat(code(check(at("2026-06-14T04:00:00Z", 2), adult, suspendedOrg, ecology, List.of())))
                .isEqualTo("organization-not-verified");
    }

    @Test
    void projectOpenOnThoseDates() {
        var closed = new ActivityRules.ProjectFacts(PROJECT, verified.id(), Category.ECOLOGY, null, List.of("KZ-71"),
                LocalDate.of(2026, 1, 1), null, true, 8, Instant.parse("2026-06-10T00:00:00Z"));
        var later = ecology(LocalDate.of(2026, 6, 20));

        assertThat(code(check(at("2026-06-14T04:00:00Z", 2), adult, verified, closed, List.of()))).isEqualTo("project-not-open");
        assertThat(code(check(at("2026-06-14T04:00:00Z", 2), adult, verified, later, List.of()))).isEqualTo("project-not-open");
        assertThat(check(at("2026-06-09T04:00:00Z", 2), adult, verified, closed, List.of())).isEmpty();
    }

    @Test
    void regionFromTheProjectOrTheVolunteerOrSaid() {
        var twoRegions = project(Category.ECOLOGY, true, 8, List.of("KZ-75", "KZ-79"));
        ActivityRules.Candidate unsaid = at("2026-06-14T04:00:00Z", 2);

        assertThat(code(check(unsaid, adult, verified, twoRegions, List.of()))).isEqualTo("activity-region-required");
        assertThat(code(check(withRegion(unsaid, "KZ-71"), adult, verified, twoRegions, List.of())))
                .isEqualTo("activity-region-outside-project");
        assertThat(check(withRegion(unsaid, "KZ-79"), adult, verified, twoRegions, List.of())).isEmpty();
        assertThat(ActivityRules.region(unsaid, adult, ecology)).contains("KZ-71");
    }

    @Test
    void minorsByAgeOnTheActivityDate() {
        // turns 18 on 2026-06-14 (Asia/Almaty)
        var turning18 = new ActivityRules.VolunteerFacts(UUID.randomUUID(), "KZ-71", LocalDate.of(2026, 6, 14),
                VolunteerStatus.ACTIVE, false);
        var adultsOnly = project(Category.SOCIAL, false, 8, List.of("KZ-71"));
        var emergency = project(Category.EMERGENCY, false, 8, List.of("KZ-71"));

        assertThat(code(check(at("2026-06-13T04:00:00Z", 2), turning18, verified, adultsOnly, List.of()))).isEqualTo("minor-not-allowed");
        assertThat(code(check(at("2026-06-13T04:00:00Z", 2), turning18, verified, emergency, List.of()))).isEqualTo("emergency-minor");
        assertThat(check(at("2026-06-14T04:00:00Z", 2), turning18, verified, adultsOnly, List.of())).isEmpty();
        // 23:00 UTC on the 13th is already the 14th in Almaty
        assertThat(check(at("2026-06-13T19:30:00Z", 1), turning18, verified, adultsOnly, List.of())).isEmpty();
    }

    @Test
    void underFourteenOnlyWithGuardianConsent() {
        var twelve = new ActivityRules.VolunteerFacts(UUID.randomUUID(), "KZ-71", LocalDate.of(2032, 1, 1),
                VolunteerStatus.ACTIVE, false);
        var twelveWithConsent = new ActivityRules.VolunteerFacts(twelve.id(), "KZ-71", LocalDate.of(2032, 1, 1),
                VolunteerStatus.ACTIVE, true);

        assertThat(code(check(at("2026-06-14T04:00:00Z", 2), twelve, verified, ecology, List.of())))
                .isEqualTo("under-14-guardian-consent");
        assertThat(check(at("2026-06-14T04:00:00Z", 2), twelveWithConsent, verified, ecology, List.of())).isEmpty();
    }

    @Test
    void overlapWithAnyOtherActivityNamesTheConflict() {
        UUID other = UUID.randomUUID();
        var elsewhere = new ActivityRules.Booked(other, UUID.randomUUID(), Instant.parse("2026-06-14T05:00:00Z"),
                Instant.parse("2026-06-14T06:00:00Z"));

        Optional<ActivityRules.Violation> violation = check(at("2026-06-14T04:00:00Z", 2), adult, verified, ecology, List.of(elsewhere));

        assertThat(code(violation)).isEqualTo("activity-overlap");
        assertThat(violation.get().extensions()).containsEntry("conflictingActivityId", other);
        assertThat(check(at("2026-06-14T06:00:00Z", 2), adult, verified, ecology, List.of(elsewhere))).as("touching is fine").isEmpty();
    }

    @Test
    void projectMaximumHoursPerAlmatyDay() {
        var earlier = new ActivityRules.Booked(UUID.randomUUID(), PROJECT, Instant.parse("2026-06-14T01:00:00Z"),
                Instant.parse("2026-06-14T06:00:00Z"));

        assertThat(check(at("2026-06-14T07:00:00Z", 3), adult, verified, ecology, List.of(earlier))).isEmpty();
        assertThat(code(check(at("2026-06-14T07:00:00Z", 4), adult, verified, ecology, List.of(earlier))))
                .isEqualTo("project-daily-limit");
    }

    @Test
    void twentyFourHoursADayAcrossAllOrganizationsAndNoMore() {
        // three 8 h shifts for three organizations fill 2026-06-10 in Almaty (19:00Z on the 9th is midnight there)
        var wideOpen = project(Category.ECOLOGY, true, 24, List.of("KZ-71"));
        List<ActivityRules.Booked> day = List.of(
                new ActivityRules.Booked(UUID.randomUUID(), UUID.randomUUID(), Instant.parse("2026-06-09T19:00:00Z"),
                        Instant.parse("2026-06-10T03:00:00Z")),
                new ActivityRules.Booked(UUID.randomUUID(), UUID.randomUUID(), Instant.parse("2026-06-10T03:00:00Z"),
                        Instant.parse("2026-06-10T11:00:00Z")));
        var thirdShift = new ActivityRules.Candidate(adult.id(), PROJECT, Instant.parse("2026-06-10T11:00:00Z"),
                Instant.parse("2026-06-10T19:00:00Z"), null);
        assertThat(check(thirdShift, adult, verified, wideOpen, day)).as("exactly 24 h").isEmpty();

        List<ActivityRules.Booked> full = new java.util.ArrayList<>(day);
        full.add(new ActivityRules.Booked(UUID.randomUUID(), PROJECT, thirdShift.start(), thirdShift.end()));
        var oneMore = new ActivityRules.Candidate(adult.id(), PROJECT, Instant.parse("2026-06-10T12:00:00Z"),
                Instant.parse("2026-06-10T13:00:00Z"), null);
        // a 25th hour in that day can only overlap one of the shifts, so the answer names it
        assertThat(code(check(oneMore, adult, verified, wideOpen, full))).isEqualTo("activity-overlap");
    }

    @Test
    void dailyLimitsAreCountedPerAsiaAlmatyCalendarDay() {
        Map<LocalDate, Long> minutes = new HashMap<>();
        // 17:00Z to 20:00Z is 22:00 to 01:00 in Almaty (UTC+5): two hours on one day, one on the next
        ActivityRules.addByDay(Instant.parse("2026-05-01T17:00:00Z"), Instant.parse("2026-05-01T20:00:00Z"), minutes);

        assertThat(minutes).containsEntry(LocalDate.of(2026, 5, 1), 120L).containsEntry(LocalDate.of(2026, 5, 2), 60L);
    }

    @Test
    void aProjectsDailyLimitSplitsAcrossMidnight() {
        // 5 h before Almaty midnight of the 13th and 5 h after: 5 + 5 on two days, within 8 h each
        var lateShift = new ActivityRules.Candidate(adult.id(), PROJECT, Instant.parse("2026-06-13T14:00:00Z"),
                Instant.parse("2026-06-14T00:00:00Z"), null);
        assertThat(check(lateShift, adult, verified, ecology, List.of())).isEmpty();
        var tooLong = new ActivityRules.Candidate(adult.id(), PROJECT, Instant.parse("2026-06-13T09:00:00Z"),
                Instant.parse("2026-06-14T00:00:00Z"), null);
        assertThat(code(check(tooLong, adult, verified, ecology, List.of()))).isEqualTo("project-daily-limit");
    }

    private Optional<ActivityRules.Violation> check(ActivityRules.Candidate c, ActivityRules.VolunteerFacts v,
                                                    ActivityRules.OrganizationFacts o, ActivityRules.ProjectFacts p,
                                                    List<ActivityRules.Booked> booked) {
        return ActivityRules.check(c, v, o, p, booked, NOW, LIMITS);
    }

    private static String code(Optional<ActivityRules.Violation> violation) {
        return violation.map(ActivityRules.Violation::code).orElse("none");
    }

    private ActivityRules.Candidate at(String start, int hours) {
        Instant s = Instant.parse(start);
        return new ActivityRules.Candidate(adult.id(), PROJECT, s, s.plus(Duration.ofHours(hours)), null);
    }

    private ActivityRules.Candidate endingAt(Instant end) {
        return new ActivityRules.Candidate(adult.id(), PROJECT, end.minus(Duration.ofHours(1)), end, null);
    }

    private static ActivityRules.Candidate withRegion(ActivityRules.Candidate c, String region) {
        return new ActivityRules.Candidate(c.volunteerId(), c.projectId(), c.start(), c.end(), region);
    }

    private ActivityRules.ProjectFacts project(Category category, boolean minors, int maxHours, List<String> regions) {
        return new ActivityRules.ProjectFacts(PROJECT, UUID.randomUUID(), category, null, regions, LocalDate.of(2025, 1, 1),
                null, minors, maxHours, null);
    }

    private ActivityRules.ProjectFacts ecology(LocalDate start) {
        return new ActivityRules.ProjectFacts(PROJECT, UUID.randomUUID(), Category.ECOLOGY, null, List.of("KZ-71"), start,
                null, true, 8, null);
    }
}
