package kz.dvp.activity.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import kz.dvp.events.OrganizationStatus;

import java.util.UUID;

/** An organization as org-service's events describe it. */
@Entity
@Table(name = "organization_replica")
public class OrganizationReplica {

    @Id
    public UUID id;
    public String region;
    @Enumerated(EnumType.STRING)
    public OrganizationStatus status;

    public ActivityRules.OrganizationFacts facts() {
        return new ActivityRules.OrganizationFacts(id, region, status);
    }
}
