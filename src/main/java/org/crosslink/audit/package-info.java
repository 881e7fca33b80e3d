/**
 * The audit log's entries and actions (collection, alteration, combination, disclosure, consultation, erasure).
 * The hash-chained log itself is written by {@code org.crosslink.store.AuditLog}.
 */
package org.crosslink.audit;
