package kz.dvp.bench;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FootprintTest {

    @Test
    void theLoadClientsOwnCpuIsCountedAsAShareOfTheMachine() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (Footprint footprint = new Footprint(List.of())) {
            Footprint.Cpu before = footprint.cpu();
            long threadBefore = threads.getCurrentThreadCpuTime();
            long spin = 0;
            while (threads.getCurrentThreadCpuTime() - threadBefore < 300_000_000L) {
                spin += Long.numberOfTrailingZeros(System.nanoTime());
            }
            Footprint.Cpu after = footprint.cpu();

            long clientMillis = after.partMillis().get("load client") - before.partMillis().get("load client");
            // /proc counts in hundredths of a second: the 300 ms this thread spun, give or take a tick
            assertThat(clientMillis).as("spun %d", spin).isGreaterThanOrEqualTo(280);
            assertThat(after.partPercent(before, "load client")).isGreaterThan(0).isLessThanOrEqualTo(100);
            assertThat(after.partMillis()).containsOnlyKeys(Footprint.PARTS);
        }
    }
}
