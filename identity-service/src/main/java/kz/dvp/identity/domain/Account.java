package kz.dvp.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import kz.dvp.platform.security.Role;

import java.time.Instant;
import java.util.UUID;

/** A login: staff accounts by username, volunteers by IIN (stored here as its blind index). */
@Entity
public class Account {

    /** Username prefix of volunteer accounts, followed by the IIN's blind index. */
    public static final String IIN_LOGIN = "iin:";

    @Id
    public UUID id;
    public String username;
    @Column(name = "password_hash")
    public String passwordHash;
    @Enumerated(EnumType.STRING)
    public Role role;
    public String region;
    @Column(name = "organization_id")
    public UUID organizationId;
    @Column(name = "volunteer_id")
    public UUID volunteerId;
    @Column(name = "failed_attempts")
    public int failedAttempts;
    @Column(name = "locked_until")
    public Instant lockedUntil;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Version
    public int version;

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
