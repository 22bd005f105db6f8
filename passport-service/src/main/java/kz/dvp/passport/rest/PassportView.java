package kz.dvp.passport.rest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.dvp.passport.domain.Level;
import kz.dvp.passport.domain.Passport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(name = "Passport")
public record PassportView(UUID volunteerId, @Schema(example = "7K3M-9QXR-2B4T-W") String passportNumber,
                           String region, String status, BigDecimal totalHours, int verifiedActivities,
                           int organizations, int projects, Map<String, BigDecimal> hoursByCategory,
                           Map<String, BigDecimal> hoursByProgram, Map<String, BigDecimal> hoursByYear,
                           Map<String, BigDecimal> hoursByRegion, LocalDate firstActivityOn, LocalDate lastActivityOn,
                           LevelView level, List<String> badges, Instant updatedAt, UUID lastEventId) {

    private static final TypeReference<Map<String, BigDecimal>> HOURS = new TypeReference<>() { };

    /** A level with its names in kk, ru, en. */
    public record LevelView(String code, BigDecimal threshold, String nameKk, String nameRu, String nameEn) {
    }

    public static PassportView of(Passport p, List<Level> levels, ObjectMapper json) {
        LevelView level = levels.stream().filter(l -> l.code().equals(p.level)).findFirst()
                .map(l -> new LevelView(l.code(), l.threshold(), l.nameKk(), l.nameRu(), l.nameEn())).orElse(null);
        return new PassportView(p.volunteerId, p.passportNumber, p.region, p.status, p.totalHours, p.verifiedActivities,
                p.organizations, p.projects, read(json, p.hoursByCategory), read(json, p.hoursByProgram),
                read(json, p.hoursByYear), read(json, p.hoursByRegion), p.firstActivityOn, p.lastActivityOn, level,
                p.badges.isEmpty() ? List.of() : Arrays.asList(p.badges.split(",")), p.updatedAt, p.lastEventId);
    }

    private static Map<String, BigDecimal> read(ObjectMapper json, String text) {
        try {
            return json.readValue(text, HOURS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
