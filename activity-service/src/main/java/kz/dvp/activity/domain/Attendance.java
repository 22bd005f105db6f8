package kz.dvp.activity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.UUID;

/** A check-in at a project, closed by a check-out (which produces an activity) or by expiry. */
@Entity
public class Attendance {

    @Id
    public UUID id;
    @Column(name = "project_id")
    public UUID projectId;
    @Column(name = "volunteer_id")
    public UUID volunteerId;
    @Column(name = "checked_in_at")
    public Instant checkedInAt;
    @Column(name = "checked_in_by")
    public String checkedInBy;
    @Column(name = "closed_at")
    public Instant closedAt;
    /** CHECKED_OUT or EXPIRED once closed. */
    public String outcome;
    @Column(name = "activity_id")
    public UUID activityId;
}
