package kz.dvp.passport.service;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response.Status;
import kz.dvp.passport.domain.Level;
import kz.dvp.passport.domain.PassportNumber;
import kz.dvp.platform.problem.ProblemException;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What anyone holding a passport number may learn: whether the passport is valid, the holder's initials (when a
 * document or credential was issued), region, level, verified hours and the last update. Nothing else.
 */
@ApplicationScoped
public class PublicPassports {

    private final Pool pool;
    private final PassportConfig config;

    public PublicPassports(Pool pool, PassportConfig config) {
        this.pool = pool;
        this.config = config;
    }

    /** The public facts of one passport. */
    public record Facts(String passportNumber, boolean valid, String initials, String region, Level level,
                        BigDecimal totalHours, Instant updatedAt) {
    }

    public Uni<Facts> find(String typedNumber) {
        if (!PassportNumber.isValid(typedNumber)) {
            throw ProblemException.unprocessable("passport-number-invalid",
                    "Not a passport number: 13 symbols like 7K3M-9QXR-2B4T-W whose last one checks the others");
        }
        return pool.preparedQuery("""
                        select p.passport_number, p.status, p.region, p.level, p.total_hours, p.updated_at, h.initials
                        from passport p left join holder_initials h on h.volunteer_id = p.volunteer_id
                        where p.passport_number = $1 and p.birth_year is not null""")
                .execute(Tuple.of(PassportNumber.normalize(typedNumber))).map(rows -> {
                    if (!rows.iterator().hasNext()) {
                        throw new ProblemException(Status.NOT_FOUND, "passport-not-found", "No such passport");
                    }
                    Row r = rows.iterator().next();
                    Level level = config.levels().stream().filter(l -> l.code().equals(r.getString("level")))
                            .findFirst().orElse(null);
                    return new Facts(r.getString("passport_number"), "ACTIVE".equals(r.getString("status")),
                            r.getString("initials"), r.getString("region"), level, r.getBigDecimal("total_hours"),
                            r.getOffsetDateTime("updated_at").toInstant());
                });
    }
}
