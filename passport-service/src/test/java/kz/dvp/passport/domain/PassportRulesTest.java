package kz.dvp.passport.domain;

import kz.dvp.events.Category;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PassportRulesTest {

    private final UUID org = UUID.randomUUID();
    private final UUID project = UUID.randomUUID();

    @Test
    void nothingVerifiedIsAnEmptyPassport() {
        PassportRules.Figures f = PassportRules.compute(List.of(), Level.DEFAULTS);

        assertThat(f.totalHours()).isZero();
        assertThat(f.level()).isNull();
        assertThat(f.badges()).isEmpty();
        assertThat(f.firstActivityOn()).isNull();
    }

    @Test
    void totalsAndBreakdowns() {
        List<PassportRules.Counted> verified = List.of(
                counted("ZHAS_AGASH", Category.ECOLOGY, "KZ-71", "2025-12-31T20:00:00Z", "2.5"), // 2026-01-01 in Almaty
                counted(null, Category.SOCIAL, "KZ-75", "2026-03-10T04:00:00Z", "4"));

        PassportRules.Figures f = PassportRules.compute(verified, Level.DEFAULTS);

        assertThat(f.totalHours()).isEqualByComparingTo("6.5");
        assertThat(f.verifiedActivities()).isEqualTo(2);
        assertThat(f.organizations()).isEqualTo(1);
        assertThat(f.projects()).isEqualTo(1);
        assertThat(f.byCategory()).containsEntry("ECOLOGY", new BigDecimal("2.5")).containsEntry("SOCIAL", new BigDecimal("4"));
        assertThat(f.byProgram()).containsOnlyKeys("ZHAS_AGASH");
        assertThat(f.byYear()).containsOnlyKeys("2026");
        assertThat(f.byRegion()).containsOnlyKeys("KZ-71", "KZ-75");
        assertThat(f.firstActivityOn()).hasToString("2026-01-01");
        assertThat(f.lastActivityOn()).hasToString("2026-03-10");
    }

    @Test
    void levelsAtTheirThresholds() {
        assertThat(PassportRules.level(new BigDecimal("0.75"), Level.DEFAULTS)).isNull();
        assertThat(PassportRules.level(new BigDecimal("1"), Level.DEFAULTS)).isEqualTo("FIRST_HOUR");
        assertThat(PassportRules.level(new BigDecimal("49.75"), Level.DEFAULTS)).isEqualTo("FIRST_HOUR");
        assertThat(PassportRules.level(new BigDecimal("50"), Level.DEFAULTS)).isEqualTo("LEVEL_50");
        assertThat(PassportRules.level(new BigDecimal("150"), Level.DEFAULTS)).isEqualTo("LEVEL_150");
        assertThat(PassportRules.level(new BigDecimal("500"), Level.DEFAULTS)).isEqualTo("LEVEL_500");
        assertThat(PassportRules.level(new BigDecimal("1000"), Level.DEFAULTS)).isEqualTo("LEVEL_1000");
        assertThat(PassportRules.rose("FIRST_HOUR", "LEVEL_50", Level.DEFAULTS)).isTrue();
        assertThat(PassportRules.rose(null, "FIRST_HOUR", Level.DEFAULTS)).isTrue();
        assertThat(PassportRules.rose("LEVEL_50", "FIRST_HOUR", Level.DEFAULTS)).isFalse();
    }

    @Test
    void programmeBadgeAtTwentyHoursOnePerProgramme() {
        List<PassportRules.Counted> verified = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            verified.add(counted("ZHAS_AGASH", Category.ECOLOGY, "KZ-71", "2026-0" + (i + 1) + "-05T04:00:00Z", "5"));
        }
        verified.add(counted("BILIM_VOLUNTEERS", Category.EDUCATION, "KZ-71", "2026-05-05T04:00:00Z", "19.75"));

        assertThat(PassportRules.compute(verified, Level.DEFAULTS).badges()).containsExactly("PROGRAM_ZHAS_AGASH");
        verified.remove(0);
        assertThat(PassportRules.compute(verified, Level.DEFAULTS).badges()).as("revoking one takes it back").isEmpty();
    }

    @Test
    void threeRegionsBadge() {
        List<PassportRules.Counted> verified = new ArrayList<>(List.of(
                counted(null, Category.SOCIAL, "KZ-71", "2026-01-05T04:00:00Z", "1"),
                counted(null, Category.SOCIAL, "KZ-75", "2026-01-06T04:00:00Z", "1")));
        assertThat(PassportRules.compute(verified, Level.DEFAULTS).badges()).doesNotContain("REGIONS_3");

        verified.add(counted(null, Category.SOCIAL, "KZ-79", "2026-01-07T04:00:00Z", "1"));
        assertThat(PassportRules.compute(verified, Level.DEFAULTS).badges()).contains("REGIONS_3");
    }

    @Test
    void sixConsecutiveMonthsBadgeAcrossAYearEnd() {
        List<PassportRules.Counted> verified = new ArrayList<>();
        for (String month : List.of("2025-09", "2025-10", "2025-11", "2025-12", "2026-01")) {
            verified.add(counted(null, Category.SOCIAL, "KZ-71", month + "-15T04:00:00Z", "1"));
        }
        verified.add(counted(null, Category.SOCIAL, "KZ-71", "2026-03-15T04:00:00Z", "1"));
        assertThat(PassportRules.compute(verified, Level.DEFAULTS).badges()).as("a gap in February").doesNotContain("MONTHS_6");

        verified.add(counted(null, Category.SOCIAL, "KZ-71", "2026-02-15T04:00:00Z", "1"));
        assertThat(PassportRules.compute(verified, Level.DEFAULTS).badges()).contains("MONTHS_6");
    }

    private PassportRules.Counted counted(String program, Category category, String region, String start, String hours) {
        return new PassportRules.Counted(UUID.randomUUID(), org, project, program, category, region, Instant.parse(start),
                new BigDecimal(hours));
    }
}
