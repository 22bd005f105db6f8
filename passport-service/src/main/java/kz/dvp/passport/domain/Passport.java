package kz.dvp.passport.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The projected passport of one volunteer. Breakdowns are JSON objects of hours by key. */
@Entity
public class Passport {

    @Id
    @Column(name = "volunteer_id")
    public UUID volunteerId;
    @Column(name = "passport_number")
    public String passportNumber;
    public String region;
    @Column(name = "birth_year")
    public Integer birthYear;
    public String status;
    @Column(name = "partner_sharing")
    public boolean partnerSharing;
    @Column(name = "total_hours")
    public BigDecimal totalHours = BigDecimal.ZERO;
    @Column(name = "verified_activities")
    public int verifiedActivities;
    public int organizations;
    public int projects;
    @Column(name = "hours_by_category")
    public String hoursByCategory = "{}";
    @Column(name = "hours_by_program")
    public String hoursByProgram = "{}";
    @Column(name = "hours_by_year")
    public String hoursByYear = "{}";
    @Column(name = "hours_by_region")
    public String hoursByRegion = "{}";
    @Column(name = "first_activity_on")
    public LocalDate firstActivityOn;
    @Column(name = "last_activity_on")
    public LocalDate lastActivityOn;
    public String level;
    /** Comma-separated badge codes. */
    public String badges = "";
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "last_event_id")
    public UUID lastEventId;
    @Column(name = "last_event_type")
    public String lastEventType;

    /** Registered in identity-service (not only known from an early activity event). */
    public boolean registered() {
        return birthYear != null;
    }
}
