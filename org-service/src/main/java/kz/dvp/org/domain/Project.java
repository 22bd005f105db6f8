package kz.dvp.org.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import kz.dvp.events.Category;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@Entity
public class Project {

    public enum Status { OPEN, CLOSED }

    @Id
    public UUID id;
    @Column(name = "organization_id")
    public UUID organizationId;
    public String name;
    public String description;
    @Enumerated(EnumType.STRING)
    public Category category;
    @Column(name = "program_code")
    public String programCode;
    /** Comma-separated ISO 3166-2 codes. */
    public String regions;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "end_date")
    public LocalDate endDate;
    @Column(name = "minors_allowed")
    public boolean minorsAllowed;
    @Column(name = "max_hours_per_day")
    public int maxHoursPerDay;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "closed_at")
    public Instant closedAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Version
    public int version;

    public List<String> regionList() {
        return Arrays.asList(regions.split(","));
    }
}
