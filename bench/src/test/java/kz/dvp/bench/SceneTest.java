package kz.dvp.bench;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SceneTest {

    @Test
    void everyActivityGetsItsOwnHourWithinTheRulesAcceptedAge() {
        LocalDate today = LocalDate.of(2026, 11, 26);
        int volunteers = 7;
        Set<String> taken = new HashSet<>();
        for (long n = 0; n < volunteers * 12L * 360; n++) {
            Scene.Slot slot = Scene.slot(n, volunteers, today);
            assertThat(taken.add(slot.volunteer() + "@" + slot.start())).as("slot %d is free", n).isTrue();
            assertThat(slot.start()).isBefore(today.atStartOfDay(ZoneOffset.UTC).toInstant())
                    .isAfter(today.atStartOfDay(ZoneOffset.UTC).toInstant().minus(Duration.ofDays(361)));
            assertThat(slot.start().atZone(ZoneOffset.UTC).getHour()).isLessThan(Scene.HOURS_PER_DAY);
        }
        assertThatThrownBy(() -> Scene.slot(volunteers * 12L * 360, volunteers, today))
                .hasMessageContaining("Out of slots");
    }
}
