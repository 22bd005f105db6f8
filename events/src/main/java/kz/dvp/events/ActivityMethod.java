package kz.dvp.events;

/** How an activity was recorded. */
public enum ActivityMethod {
    SELF_REPORT, COORDINATOR, CHECK_IN
}
