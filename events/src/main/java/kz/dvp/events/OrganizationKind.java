package kz.dvp.events;

/** What kind of body an organization is. */
public enum OrganizationKind {
    NGO, SCHOOL_OR_UNIVERSITY, STATE_BODY, BUSINESS, INITIATIVE_GROUP
}
