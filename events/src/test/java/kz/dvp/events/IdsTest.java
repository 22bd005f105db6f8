package kz.dvp.events;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class IdsTest {

    @Test
    void idsAreVersion7WithTheirMillisecondInFront() {
        long before = System.currentTimeMillis();
        UUID id = Ids.next();
        long after = System.currentTimeMillis();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2); // RFC 9562
        assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, after);
    }

    @Test
    void laterIdsSortAfterEarlierOnesAndNoneRepeat() throws InterruptedException {
        Set<UUID> seen = new HashSet<>();
        UUID earlier = Ids.next();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(Ids.next())).isTrue();
        }
        Thread.sleep(2);
        assertThat(Ids.next()).isGreaterThan(earlier);
    }
}
