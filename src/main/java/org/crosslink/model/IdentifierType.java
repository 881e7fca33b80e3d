package org.crosslink.model;

import java.util.Optional;

/** Kinds of identifier a person can carry; an unknown kind read from a report becomes OTHER. */
public enum IdentifierType {
    PHONE, EMAIL, PASSPORT, NATIONAL_ID, NI_NUMBER, PNC_ID,
    /** A Home Office reference: a person id, a case, port or application reference (asylum, immigration). */
    HOME_OFFICE_REF,
    VEHICLE, BANK_ACCOUNT, OTHER;

    /** The type named by a report, or empty when the report names one we do not know. */
    public static Optional<IdentifierType> parse(String raw) {
        for (IdentifierType t : values()) {
            if (t.name().equals(raw)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
