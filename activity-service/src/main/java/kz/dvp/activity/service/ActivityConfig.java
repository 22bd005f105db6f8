package kz.dvp.activity.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import kz.dvp.activity.domain.ActivityRules;

import java.time.Duration;

/** {@code dvp.activity.*}: the configurable limits of the rules. */
@ConfigMapping(prefix = "dvp.activity")
public interface ActivityConfig {

    /** How far in the future an activity may end, for clocks that disagree. */
    @WithDefault("PT5M")
    Duration clockSkew();

    /** The oldest activity accepted. */
    @WithDefault("P365D")
    Duration maxAge();

    default ActivityRules.Limits limits() {
        return new ActivityRules.Limits(clockSkew(), maxAge());
    }
}
