package kz.dvp.passport.service;

import kz.dvp.events.CloudEvent;
import kz.dvp.events.VolunteerProfileChanged;
import kz.dvp.events.VolunteerRegistered;
import kz.dvp.events.VolunteerStatusChanged;
import kz.dvp.passport.domain.Passport;

/**
 * What identity's events say of a volunteer, folded in order: each field as the last event that sets it left it
 * (null: no event set it), and the last event. The live projection applies one event's facts to a passport; the
 * rebuild upserts a batch's facts per volunteer.
 */
final class VolunteerFacts {

    String region;
    Integer birthYear;
    String status;
    Boolean partnerSharing;
    CloudEvent last;

    /** Whether the passport takes anything from this event. */
    static boolean concern(CloudEvent event) {
        return event.data() instanceof VolunteerRegistered || event.data() instanceof VolunteerProfileChanged
                || event.data() instanceof VolunteerStatusChanged;
    }

    static VolunteerFacts of(CloudEvent event) {
        VolunteerFacts facts = new VolunteerFacts();
        facts.add(event);
        return facts;
    }

    void add(CloudEvent event) {
        last = event;
        if (event.data() instanceof VolunteerRegistered e) {
            region = e.region();
            birthYear = e.birthYear();
            status = e.status().name();
            partnerSharing = e.partnerSharing();
        } else if (event.data() instanceof VolunteerProfileChanged e) {
            region = e.region();
            partnerSharing = e.partnerSharing();
        } else if (event.data() instanceof VolunteerStatusChanged e) {
            status = e.status().name();
        }
    }

    void applyTo(Passport p) {
        p.region = region != null ? region : p.region;
        p.birthYear = birthYear != null ? birthYear : p.birthYear;
        p.status = status != null ? status : p.status;
        p.partnerSharing = partnerSharing != null ? partnerSharing : p.partnerSharing;
    }
}
