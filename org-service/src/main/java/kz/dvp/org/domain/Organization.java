package kz.dvp.org.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import kz.dvp.events.OrganizationKind;
import kz.dvp.events.OrganizationStatus;

import java.time.Instant;
import java.util.UUID;

@Entity
public class Organization {

    @Id
    public UUID id;
    public String bin;
    @Column(name = "name_kk")
    public String nameKk;
    @Column(name = "name_ru")
    public String nameRu;
    @Column(name = "legal_form")
    public String legalForm;
    @Enumerated(EnumType.STRING)
    public OrganizationKind kind;
    public String region;
    public String address;
    /** The contact person's e-mail and phone: personal data, never in events, shown to staff only. */
    @Column(name = "contact_email")
    public String contactEmail;
    @Column(name = "contact_phone")
    public String contactPhone;
    @Enumerated(EnumType.STRING)
    public OrganizationStatus status;
    @Column(name = "registered_by")
    public String registeredBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public int version;
}
