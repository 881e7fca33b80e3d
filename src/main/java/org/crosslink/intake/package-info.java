/**
 * Intake: a message read within limits, validated against the wire-format schema, rejected with
 * machine-readable reasons, or accepted with data-quality warnings.
 */
package org.crosslink.intake;
