package kz.dvp.passport.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** A native statement in the current session and transaction (upserts of the read model). */
public final class Sql {

    private Sql() {
    }

    public static Uni<Void> run(String statement, Object... parameters) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.executeUpdate();
        }).replaceWithVoid();
    }
}
