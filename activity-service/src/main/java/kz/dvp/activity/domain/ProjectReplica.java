package kz.dvp.activity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import kz.dvp.events.Category;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

/** A project as org-service's events describe it. */
@Entity
@Table(name = "project_replica")
public class ProjectReplica {

    @Id
    public UUID id;
    @Column(name = "organization_id")
    public UUID organizationId;
    @Enumerated(EnumType.STRING)
    public Category category;
    @Column(name = "program_code")
    public String programCode;
    public String regions;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "end_date")
    public LocalDate endDate;
    @Column(name = "minors_allowed")
    public boolean minorsAllowed;
    @Column(name = "max_hours_per_day")
    public int maxHoursPerDay;
    @Column(name = "closed_at")
    public Instant closedAt;

    public ActivityRules.ProjectFacts facts() {
        return new ActivityRules.ProjectFacts(id, organizationId, category, programCode, Arrays.asList(regions.split(",")),
                startDate, endDate, minorsAllowed, maxHoursPerDay, closedAt);
    }
}
