package kz.dvp.identity.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dvp.identity.domain.VolunteerStatusChange;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class StatusChangeRepository implements PanacheRepositoryBase<VolunteerStatusChange, UUID> {

    public Uni<List<VolunteerStatusChange>> history(UUID volunteerId) {
        return list("volunteerId", Sort.by("changedAt"), volunteerId);
    }
}
