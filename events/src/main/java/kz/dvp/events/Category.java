package kz.dvp.events;

/** Field of volunteering of a project. */
public enum Category {
    ECOLOGY, EDUCATION, SOCIAL, HEALTH, CULTURE, SPORT, EMERGENCY, ANIMALS, DIGITAL, CIVIC
}
