package kz.dvp.passport.service;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dvp.passport.domain.PassportRules;
import kz.dvp.platform.security.Caller;
import kz.dvp.platform.security.Role;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * National and regional figures for analysts, operators and national admins: registered and active
 * volunteers (a verified activity in the last 90 days), verified hours (total and this year, Asia/Almaty),
 * hours by category and by programme, verified organizations.
 */
@ApplicationScoped
public class Statistics {

    static final int VERIFICATION_MINUTES = 30;

    private final Pool pool;

    public Statistics(Pool pool) {
        this.pool = pool;
    }

    /**
     * Figures of the country or a region. Active: a verified activity in the last 90 days. Verifications by
     * minute: how many activities were verified in each of the last 30 minutes (UTC minute start, oldest first).
     */
    public record Figures(long registeredVolunteers, long activeVolunteers, BigDecimal verifiedHours,
                          BigDecimal verifiedHoursThisYear, Map<String, BigDecimal> hoursByCategory,
                          Map<String, BigDecimal> hoursByProgram, long verifiedOrganizations,
                          Map<String, Long> verificationsByMinute) {
    }

    /** A region's figures, with its names in kk, ru and en. */
    public record RegionFigures(String region, String nameKk, String nameRu, String nameEn, Figures figures) {
    }

    public Uni<Figures> national(Caller caller) {
        caller.requireAny(Role.ANALYST, Role.REGIONAL_OPERATOR, Role.NATIONAL_ADMIN);
        return national();
    }

    /** For the stream: computed without a caller, the stream endpoint checks the role. */
    public Uni<Figures> national() {
        return figures(null);
    }

    public Uni<List<RegionFigures>> regions(Caller caller) {
        caller.requireAny(Role.ANALYST, Role.REGIONAL_OPERATOR, Role.NATIONAL_ADMIN);
        List<Uni<RegionFigures>> each = new ArrayList<>();
        for (kz.dvp.events.Region region : kz.dvp.events.Region.values()) {
            each.add(figures(region.code()).map(f -> new RegionFigures(region.code(), region.nameKk(), region.nameRu(),
                    region.nameEn(), f)));
        }
        return Uni.join().all(each).andCollectFailures();
    }

    /** Figures of one region, or national when {@code region} is null. */
    private Uni<Figures> figures(String region) {
        OffsetDateTime activeSince = OffsetDateTime.now(ZoneOffset.UTC).minusDays(90);
        OffsetDateTime yearStart = LocalDate.now(PassportRules.ZONE).withDayOfYear(1).atStartOfDay(PassportRules.ZONE)
                .toOffsetDateTime();
        Tuple scope = Tuple.of(region, activeSince, yearStart);
        Uni<Row> totals = pool.preparedQuery("""
                        select (select count(*) from passport where birth_year is not null and ($1::text is null or region = $1)) as registered,
                               (select count(distinct volunteer_id) from passport_activity where status = 'VERIFIED'
                                    and started_at >= $2 and ($1::text is null or region = $1)) as active,
                               (select coalesce(sum(hours), 0) from passport_activity where status = 'VERIFIED'
                                    and ($1::text is null or region = $1)) as hours,
                               (select coalesce(sum(hours), 0) from passport_activity where status = 'VERIFIED'
                                    and started_at >= $3 and ($1::text is null or region = $1)) as hours_this_year,
                               (select count(*) from organization_name where status = 'VERIFIED'
                                    and ($1::text is null or region = $1)) as organizations""")
                .execute(scope).map(rows -> rows.iterator().next());
        Uni<Map<String, BigDecimal>> byCategory = breakdown("category", region);
        Uni<Map<String, BigDecimal>> byProgram = breakdown("program_code", region);
        return Uni.combine().all().unis(totals, byCategory, byProgram, verificationsByMinute(region)).asTuple()
                .map(t -> new Figures(t.getItem1().getLong("registered"), t.getItem1().getLong("active"),
                        t.getItem1().getBigDecimal("hours"), t.getItem1().getBigDecimal("hours_this_year"), t.getItem2(),
                        t.getItem3(), t.getItem1().getLong("organizations"), t.getItem4()));
    }

    private Uni<Map<String, Long>> verificationsByMinute(String region) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
        OffsetDateTime since = now.minusMinutes(VERIFICATION_MINUTES - 1);
        return pool.preparedQuery("""
                        select date_trunc('minute', verified_at) as minute, count(*) as n from passport_activity
                        where status = 'VERIFIED' and verified_at >= $1 and ($2::text is null or region = $2)
                        group by 1""")
                .execute(Tuple.of(since, region)).map(rows -> {
                    Map<String, Long> byMinute = new LinkedHashMap<>();
                    for (int i = 0; i < VERIFICATION_MINUTES; i++) {
                        byMinute.put(since.plusMinutes(i).toInstant().toString(), 0L);
                    }
                    rows.forEach(r -> byMinute.computeIfPresent(r.getOffsetDateTime("minute").toInstant().toString(),
                            (k, v) -> r.getLong("n")));
                    return byMinute;
                });
    }

    private Uni<Map<String, BigDecimal>> breakdown(String column, String region) {
        return pool.preparedQuery("select " + column + " as k, sum(hours) as h from passport_activity "
                        + "where status = 'VERIFIED' and " + column + " is not null and ($1::text is null or region = $1) "
                        + "group by " + column)
                .execute(Tuple.of(region)).map(Statistics::toMap);
    }

    private static Map<String, BigDecimal> toMap(RowSet<Row> rows) {
        Map<String, BigDecimal> map = new TreeMap<>();
        rows.forEach(r -> map.put(r.getString("k"), r.getBigDecimal("h")));
        return map;
    }
}
