/**
 * Every SQL statement the bus runs, for H2 and PostgreSQL: the schema (Flyway), a batch's writes in one
 * transaction, the state loaded at start, the outbox, the audit log, the resolver lease, and the questions
 * commands ask.
 */
package org.crosslink.store;
