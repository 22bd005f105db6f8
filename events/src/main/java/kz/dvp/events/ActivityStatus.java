package kz.dvp.events;

/** Verification status of an activity. */
public enum ActivityStatus {
    SUBMITTED, VERIFIED, REJECTED, REVOKED
}
