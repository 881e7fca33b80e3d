package org.crosslink.model;

/** What sort of place a location is. */
public enum LocationKind { ADDRESS, PREMISES, VEHICLE_STOP, AREA, OTHER }
