package org.crosslink.model;

/** The part a person plays in a report. */
public enum Role { POTENTIAL_VICTIM, SUSPECT, WITNESS, ASSOCIATE, UNKNOWN }
