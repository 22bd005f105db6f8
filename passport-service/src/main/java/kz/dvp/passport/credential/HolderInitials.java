package kz.dvp.passport.credential;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dvp.platform.time.Today;

import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The first letters of a holder's names, learnt from identity-service when their credential or document is
 * issued, so that the public verification page can show them without asking identity. Nothing more is kept.
 */
@ApplicationScoped
public class HolderInitials {

    private final Pool pool;
    private final Today today;

    public HolderInitials(Pool pool, Today today) {
        this.pool = pool;
        this.today = today;
    }

    public Uni<Void> remember(UUID volunteerId, String initials) {
        return pool.preparedQuery("""
                        insert into holder_initials (volunteer_id, initials, recorded_at) values ($1, $2, $3)
                        on conflict (volunteer_id) do update set initials = excluded.initials, recorded_at = excluded.recorded_at""")
                .execute(Tuple.of(volunteerId, initials, today.now().atOffset(ZoneOffset.UTC))).replaceWithVoid();
    }
}
