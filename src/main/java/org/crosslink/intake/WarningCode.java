package org.crosslink.intake;

/** A data-quality problem in an optional value: the report is accepted and the warning kept with it. */
public enum WarningCode {
    /** A date that cannot exist, such as 1956-04-31. */
    IMPOSSIBLE_DATE,
    /** A date of birth with only a year, or a year and month. */
    PARTIAL_DATE,
    /** A date of birth that is not a date at all. */
    UNREADABLE_DATE,
    /** A date of birth read from another shape than ISO 8601 (02/04/1999 as 1999-04-02: the day first). */
    NON_ISO_DATE,
    /** A date of birth after the report was made. */
    FUTURE_DATE,
    /** A postcode that is not a UK postcode, on a location in the UK or of unknown country. */
    NON_UK_POSTCODE,
    /** An identifier type that wire format v1 does not define; the identifier is kept as OTHER. */
    UNKNOWN_IDENTIFIER_TYPE,
    /** A name that reads as UTF-8 misdecoded on its way in (ArÅ«nas for Arūnas); compared as the name it was. */
    MISDECODED_TEXT,
    /** A phone number that cannot be read as one. */
    UNREADABLE_PHONE,
    /** A property that wire format v1 does not define; it is ignored. */
    UNKNOWN_FIELD,
    /** A person refers to a location ref that the report does not have. */
    UNKNOWN_LOCATION_REF,
    /** An event refers to a person ref that the report does not have. */
    UNKNOWN_PERSON_REF,
    /** Two persons or two locations share a ref. */
    DUPLICATE_REF,
    /** Handling code C without handling conditions. */
    MISSING_HANDLING_CONDITIONS,
    /** Handling conditions on a report whose handling code is P. */
    UNEXPECTED_HANDLING_CONDITIONS
}
