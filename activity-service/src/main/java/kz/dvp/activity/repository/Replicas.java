package kz.dvp.activity.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import kz.dvp.activity.domain.OrganizationReplica;
import kz.dvp.activity.domain.ProjectReplica;
import kz.dvp.activity.domain.VolunteerReplica;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads of the local replicas, one query per kind even for a batch of 10 000 activities. */
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
                        .createQuery("from VolunteerReplica where id in :ids order by id", VolunteerReplica.class)
                        .setParameter("ids", ids).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList())
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
        return Panache.getSession().chain(session -> session
                        .createQuery("from " + type.getSimpleName() + " where id in :ids", type)
                        .setParameter("ids", ids).getResultList())
                .map((List<T> found) -> found.stream().collect(Collectors.toMap(id, Function.identity())));
    }
}
