package org.crosslink.alert;

/** Where an alert is in its life: raised once, updated on new evidence, withdrawn when its ground goes. */
public enum AlertStatus { RAISED, UPDATED, WITHDRAWN }
