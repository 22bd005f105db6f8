package kz.dvp.identity.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** An organization as org-service's events describe it: enough to check where a coordinator may be created. */
@Entity
@Table(name = "organization_ref")
public class OrganizationRef {

    @Id
    public UUID id;
    public String region;
    public String status;
}
