package kz.dvp.identity.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dvp.events.VolunteerStatus;
import kz.dvp.identity.domain.Volunteer;
import kz.dvp.platform.repository.Conditions;
import kz.dvp.platform.rest.Page;

import java.util.UUID;

@ApplicationScoped
@WithSession
public class VolunteerRepository implements PanacheRepositoryBase<Volunteer, UUID> {

    public Uni<Volunteer> findByIinIndex(String iinIndex) {
        return find("iinIndex", iinIndex).firstResult();
    }

    /** Paged search; {@code namePrefix} matches the start of the last or first name, ignoring case. */
    public Uni<Page<Volunteer>> search(String region, VolunteerStatus status, String namePrefix, int page, int size) {
        return new Conditions()
                .equal("region", region)
                .equal("status", status)
                .when("(lower(lastName) like :name or lower(firstName) like :name)", "name", Conditions.startingWith(namePrefix))
                .page(this, "Volunteer", Sort.by("lastName").and("firstName").and("id"), page, size);
    }
}
