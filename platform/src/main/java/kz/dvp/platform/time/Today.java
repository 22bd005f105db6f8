package kz.dvp.platform.time;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The platform's clock and calendar: days (ages, daily limits) are counted in Asia/Almaty. */
@ApplicationScoped
public class Today {

    public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

    private final Clock clock = Clock.systemUTC();

    public LocalDate date() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public Instant now() {
        return clock.instant();
    }
}
