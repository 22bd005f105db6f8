package kz.dvp.activity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import kz.dvp.events.ActivityMethod;
import kz.dvp.events.ActivityStatus;
import kz.dvp.events.Category;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Logged volunteer hours. Never edited: only moved along SUBMITTED → VERIFIED/REJECTED, VERIFIED → REVOKED. */
@Entity
public class Activity {

    @Id
    public UUID id;
    @Column(name = "volunteer_id")
    public UUID volunteerId;
    @Column(name = "organization_id")
    public UUID organizationId;
    @Column(name = "project_id")
    public UUID projectId;
    @Column(name = "program_code")
    public String programCode;
    @Enumerated(EnumType.STRING)
    public Category category;
    public String region;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "ended_at")
    public Instant endedAt;
    public BigDecimal hours;
    public String description;
    @Column(name = "evidence_url")
    public String evidenceUrl;
    @Enumerated(EnumType.STRING)
    public ActivityMethod method;
    @Enumerated(EnumType.STRING)
    public ActivityStatus status;
    @Column(name = "submitted_by")
    public String submittedBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public int version;
}
