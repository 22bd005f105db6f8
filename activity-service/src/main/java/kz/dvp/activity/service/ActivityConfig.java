package kz.dvp.activity.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import kz.dvp.activity.domain.ActivityRules;

import java.time.Duration;

/** {@code dvp.activity.*}: the configurable limits of the rules, and how single writes are grouped. */
@ConfigMapping(prefix = "dvp.activity")
public interface ActivityConfig {

    /** How far in the future an activity may end, for clocks that disagree. */
    @WithDefault("PT5M")
    Duration clockSkew();

    /** The oldest activity accepted. */
    @WithDefault("P365D")
    Duration maxAge();

    /** Single submissions, and single decisions, sent at the same moment are written together, in one transaction. */
    WriteGroups writeGroups();

    default ActivityRules.Limits limits() {
        return new ActivityRules.Limits(clockSkew(), maxAge());
    }

    /** {@code dvp.activity.write-groups.*}: see {@link kz.dvp.platform.sql.GroupCommit}; submissions and decisions each. */
    interface WriteGroups {

        /** The most writes in one transaction. */
        @WithDefault("100")
        int maxSize();

        /**
         * The most such transactions at once; each holds one of the pool's connections while it runs. Fewer make
         * larger groups: on the bench's 2 cores, 2 wrote 5 245 submissions/s where 4 wrote 4 434 (quick runs
         * {@code 20261128-054252} and {@code 050518}).
         */
        @WithDefault("2")
        int concurrency();
    }
}
