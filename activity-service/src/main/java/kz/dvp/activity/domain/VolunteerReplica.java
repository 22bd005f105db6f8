package kz.dvp.activity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import kz.dvp.events.VolunteerStatus;

import java.time.LocalDate;
import java.util.UUID;

/** A volunteer as identity-service's events describe them. */
@Entity
@Table(name = "volunteer_replica")
public class VolunteerReplica {

    @Id
    public UUID id;
    public String region;
    @Column(name = "birth_year")
    public int birthYear;
    @Column(name = "adult_on")
    public LocalDate adultOn;
    @Enumerated(EnumType.STRING)
    public VolunteerStatus status;
    @Column(name = "guardian_consent")
    public boolean guardianConsent;

    public ActivityRules.VolunteerFacts facts() {
        return new ActivityRules.VolunteerFacts(id, region, adultOn, status, guardianConsent);
    }
}
