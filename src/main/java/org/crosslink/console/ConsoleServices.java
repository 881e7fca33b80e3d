package org.crosslink.console;

import java.util.List;
import java.util.Map;

import org.crosslink.model.Registry;
import org.crosslink.store.AuditLog;
import org.crosslink.store.Database;

/**
 * What the console needs from the running bus, handed over by the code that starts it: the registry, the store,
 * the audit log, the broker's logins, and a few probes into the bus. The console depends on no part of
 * the bus's wiring; the bus tells it of each published alert and committed batch ({@link Console#alertPublished},
 * {@link Console#batchCommitted}).
 */
public record ConsoleServices(Registry registry, Database db, AuditLog audit, Logins logins, Probes probes, Members members) {

    /** The broker's logins: a console login is a force's or coordinator's broker login, checked as the broker does. */
    public interface Logins {
        /** The password is the login's. */
        boolean check(String login, String password);
    }

    /** Questions the console's health and metrics ask the bus. Each answers quickly and never throws. */
    public interface Probes {
        /** The broker answers (a session can be opened and a queue looked up). */
        boolean brokerUp();

        /** Messages waiting on each source's inbound queue; a source missing from the map could not be read. */
        Map<String, Long> inboundDepths();

        /** Messages on the dead-letter queue, or -1 when it could not be read. */
        long deadLetters();

        /** Alert changes in the outbox not yet published, or -1 when it could not be read. */
        long outboxBacklog();

        /** This instance holds the resolver lease (always, on the embedded database). */
        boolean leaseHeld();
    }

    /** The mentions of an entity as the resolver holds them now (the store has no index by entity). */
    public interface Members {
        /** Empty for an entity the resolver does not know, or one without mentions. */
        List<Member> of(String entityId);
    }

    /** One mention of an entity: its id in the store, its source, and whether it is of a child. */
    public record Member(long id, String source, boolean child) {
    }
}
