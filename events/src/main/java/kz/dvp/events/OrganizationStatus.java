package kz.dvp.events;

/** Verification status of an organization. */
public enum OrganizationStatus {
    PENDING_VERIFICATION, VERIFIED, REJECTED, SUSPENDED
}
