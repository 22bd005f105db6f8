package kz.dvp.activity.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dvp.activity.domain.OrganizationReplica;
import kz.dvp.activity.domain.ProjectReplica;
import kz.dvp.activity.domain.VolunteerReplica;
import kz.dvp.platform.sql.SqlArrays;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads of the local replicas, one query per kind even for a batch of 10 000 activities. By id (Hibernate's
 * multi-load) and native SQL rather than HQL: an HQL query with a list parameter is translated again on every
 * execution, which cost activity-service about a fifth of its CPU per submission (JFR, ./dvp bench).
 */
@ApplicationScoped
public class Replicas {

    /**
     * The volunteers, their rows locked until the transaction ends (in id order, so that concurrent batches
     * cannot deadlock): submissions for one volunteer are checked one after the other.
     */
    public Uni<Map<UUID, VolunteerReplica>> lockVolunteers(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().chain(session -> session
                        .createNativeQuery("select * from volunteer_replica where id = any(cast(?1 as uuid[])) order by id "
                                + "for update", VolunteerReplica.class)
                        .setParameter(1, SqlArrays.uuids(ids)).getResultList())
                .map(found -> found.stream().collect(Collectors.toMap(v -> v.id, Function.identity())));
    }

    public Uni<Map<UUID, ProjectReplica>> projects(Collection<UUID> ids) {
        return byId(ProjectReplica.class, ids, p -> p.id);
    }

    public Uni<Map<UUID, OrganizationReplica>> organizations(Collection<UUID> ids) {
        return byId(OrganizationReplica.class, ids, o -> o.id);
    }

    private static <T> Uni<Map<UUID, T>> byId(Class<T> type, Collection<UUID> ids, Function<T, UUID> id) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().chain(session -> session.find(type, ids.stream().distinct().toArray()))
                .map((List<T> found) -> found.stream().filter(Objects::nonNull)
                        .collect(Collectors.toMap(id, Function.identity())));
    }
}
