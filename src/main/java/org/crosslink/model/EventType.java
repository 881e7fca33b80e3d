package org.crosslink.model;

import java.util.EnumSet;
import java.util.Set;

/** Something that happened to a person, as a report records it. */
public enum EventType {
    ARREST, CHARGE, CUSTODY, IMMIGRATION_DETENTION, NRM_REFERRAL, DUTY_TO_NOTIFY, SAFEGUARDING, SIGHTING, OTHER;

    private static final Set<EventType> PUNITIVE = EnumSet.of(ARREST, CHARGE, CUSTODY, IMMIGRATION_DETENTION);
    private static final Set<EventType> VICTIM_INDICATORS = EnumSet.of(NRM_REFERRAL, DUTY_TO_NOTIFY);

    /** Events that treat the person as an offender or an immigration case. */
    public boolean isPunitive() {
        return PUNITIVE.contains(this);
    }

    /** Events that recognise the person as a potential victim of modern slavery. */
    public boolean indicatesVictim() {
        return VICTIM_INDICATORS.contains(this);
    }
}
