/**
 * The report of wire format v1 and the force registry: immutable records with validating constructors.
 */
package org.crosslink.model;
