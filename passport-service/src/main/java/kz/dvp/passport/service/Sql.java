package kz.dvp.passport.service;

import io.smallrye.mutiny.Uni;
import kz.dvp.platform.sql.SessionSql;

/**
 * A statement in the current session and transaction (upserts of the read model), with {@code $1, $2, …}
 * parameters: plain SQL on the session's connection ({@link SessionSql}), as the projection runs several per poll.
 */
public final class Sql {

    private Sql() {
    }

    public static Uni<Void> run(String statement, Object... parameters) {
        return SessionSql.update(statement, parameters).replaceWithVoid();
    }
}
