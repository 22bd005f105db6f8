package kz.dvp.activity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import kz.dvp.events.ActivityStatus;

import java.time.Instant;
import java.util.UUID;

/** One step of an activity's workflow: who moved it, when, why. */
@Entity
@Table(name = "activity_transition")
public class ActivityTransition {

    @Id
    public UUID id;
    @Column(name = "activity_id")
    public UUID activityId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public ActivityStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public ActivityStatus toStatus;
    public String reason;
    public String actor;
    public Instant at;
}
