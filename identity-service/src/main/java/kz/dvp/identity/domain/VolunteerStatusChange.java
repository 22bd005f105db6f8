package kz.dvp.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import kz.dvp.events.VolunteerStatus;

import java.time.Instant;
import java.util.UUID;

/** One status decision on a volunteer, kept forever. */
@Entity
@Table(name = "volunteer_status_change")
public class VolunteerStatusChange {

    @Id
    public UUID id;
    @Column(name = "volunteer_id")
    public UUID volunteerId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public VolunteerStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public VolunteerStatus toStatus;
    public String reason;
    @Column(name = "changed_by")
    public String changedBy;
    @Column(name = "changed_at")
    public Instant changedAt;
}
