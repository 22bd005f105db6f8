package kz.dvp.events;

/** Sex as derived from the IIN's seventh digit. */
public enum Sex {
    MALE, FEMALE
}
