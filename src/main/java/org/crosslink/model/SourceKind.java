package org.crosslink.model;

/** Territorial police force, a national or special force, or the National Crime Agency. */
public enum SourceKind { TERRITORIAL, SPECIAL, AGENCY }
