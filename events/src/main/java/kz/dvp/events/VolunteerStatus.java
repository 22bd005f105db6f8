package kz.dvp.events;

/** Lifecycle status of a volunteer. */
public enum VolunteerStatus {
    ACTIVE, SUSPENDED, DECEASED, ARCHIVED
}
