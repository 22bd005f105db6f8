package kz.dvp.passport.service;

import io.smallrye.config.ConfigMapping;
import kz.dvp.passport.domain.Level;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code dvp.passport.*}: the level ladder can be retuned without code. */
@ConfigMapping(prefix = "dvp.passport")
public interface PassportConfig {

    /** Verified hours of each default level in order (first hour, 50, 150, 500, 1 000 by default). */
    Optional<List<BigDecimal>> levelThresholds();

    default List<Level> levels() {
        if (levelThresholds().isEmpty()) {
            return Level.DEFAULTS;
        }
        List<BigDecimal> thresholds = levelThresholds().get();
        if (thresholds.size() != Level.DEFAULTS.size()) {
            throw new IllegalStateException("dvp.passport.level-thresholds needs " + Level.DEFAULTS.size() + " values");
        }
        List<Level> levels = new ArrayList<>();
        for (int i = 0; i < thresholds.size(); i++) {
            Level d = Level.DEFAULTS.get(i);
            levels.add(new Level(d.code(), thresholds.get(i), d.nameKk(), d.nameRu(), d.nameEn()));
        }
        return levels;
    }
}
