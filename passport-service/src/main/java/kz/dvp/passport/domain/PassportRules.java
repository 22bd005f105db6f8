package kz.dvp.passport.domain;

import kz.dvp.events.Category;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What a passport shows, computed from the volunteer's VERIFIED activities alone: totals, breakdowns, level and
 * badges. Pure: recomputing after any event (a duplicate, a revocation, a late project) gives the right answer,
 * and a revoked activity takes back whatever it alone earned.
 */
public final class PassportRules {

    public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");
    /** Hours in one national programme that earn its badge. */
    public static final BigDecimal PROGRAM_BADGE_HOURS = new BigDecimal("20");
    public static final int REGIONS_FOR_BADGE = 3;
    public static final int CONSECUTIVE_MONTHS_FOR_BADGE = 6;

    private PassportRules() {
    }

    /** A verified activity as the passport counts it. */
    public record Counted(UUID activityId, UUID organizationId, UUID projectId, String programCode, Category category,
                          String region, Instant startedAt, BigDecimal hours) {
    }

    /** The figures of a passport. */
    public record Figures(BigDecimal totalHours, int verifiedActivities, int organizations, int projects,
                          SortedMap<String, BigDecimal> byCategory, SortedMap<String, BigDecimal> byProgram,
                          SortedMap<String, BigDecimal> byYear, SortedMap<String, BigDecimal> byRegion,
                          LocalDate firstActivityOn, LocalDate lastActivityOn, String level, SortedSet<String> badges) {
    }

    public static Figures compute(List<Counted> verified, List<Level> levels) {
        BigDecimal total = BigDecimal.ZERO;
        Set<UUID> organizations = new HashSet<>();
        Set<UUID> projects = new HashSet<>();
        SortedMap<String, BigDecimal> byCategory = new TreeMap<>();
        SortedMap<String, BigDecimal> byProgram = new TreeMap<>();
        SortedMap<String, BigDecimal> byYear = new TreeMap<>();
        SortedMap<String, BigDecimal> byRegion = new TreeMap<>();
        SortedSet<YearMonth> months = new TreeSet<>();
        LocalDate first = null;
        LocalDate last = null;
        for (Counted a : verified) {
            LocalDate day = LocalDate.ofInstant(a.startedAt(), ZONE);
            total = total.add(a.hours());
            organizations.add(a.organizationId());
            projects.add(a.projectId());
            byCategory.merge(a.category().name(), a.hours(), BigDecimal::add);
            if (a.programCode() != null) {
                byProgram.merge(a.programCode(), a.hours(), BigDecimal::add);
            }
            byYear.merge(Integer.toString(day.getYear()), a.hours(), BigDecimal::add);
            byRegion.merge(a.region(), a.hours(), BigDecimal::add);
            months.add(YearMonth.from(day));
            first = first == null || day.isBefore(first) ? day : first;
            last = last == null || day.isAfter(last) ? day : last;
        }
        return new Figures(total, verified.size(), organizations.size(), projects.size(), byCategory, byProgram, byYear,
                byRegion, first, last, level(total, levels), badges(byProgram, byRegion, months));
    }

    /** The highest level whose threshold the hours reach, or null. */
    public static String level(BigDecimal hours, List<Level> levels) {
        String reached = null;
        for (Level level : levels) {
            if (hours.compareTo(level.threshold()) >= 0) {
                reached = level.code();
            }
        }
        return reached;
    }

    /** Whether {@code next} is a higher level than {@code previous} in the ladder. */
    public static boolean rose(String previous, String next, List<Level> levels) {
        return rank(next, levels) > rank(previous, levels);
    }

    private static int rank(String code, List<Level> levels) {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    static SortedSet<String> badges(Map<String, BigDecimal> byProgram, Map<String, BigDecimal> byRegion,
                                    SortedSet<YearMonth> months) {
        SortedSet<String> badges = new TreeSet<>();
        byProgram.forEach((program, hours) -> {
            if (hours.compareTo(PROGRAM_BADGE_HOURS) >= 0) {
                badges.add("PROGRAM_" + program);
            }
        });
        if (byRegion.size() >= REGIONS_FOR_BADGE) {
            badges.add("REGIONS_3");
        }
        if (longestRun(months) >= CONSECUTIVE_MONTHS_FOR_BADGE) {
            badges.add("MONTHS_6");
        }
        return badges;
    }

    private static int longestRun(SortedSet<YearMonth> months) {
        int best = 0;
        int run = 0;
        YearMonth previous = null;
        for (YearMonth month : months) {
            run = previous != null && previous.plusMonths(1).equals(month) ? run + 1 : 1;
            best = Math.max(best, run);
            previous = month;
        }
        return best;
    }
}
