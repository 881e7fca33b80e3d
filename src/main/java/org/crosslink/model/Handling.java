package org.crosslink.model;

/** The 3x5x2 handling code: P may be shared, C only with conditions. */
public enum Handling { P, C }
