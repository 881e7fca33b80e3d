package org.crosslink.messaging.security;

/** The logins and roles the bus knows besides sources and coordinators (whose login and role are their codes). */
public final class Principals {
    /** The bus itself: consumes the inbound queues, writes rejections, dead letters and alerts. */
    public static final String BUS = "crosslink-bus";
    /** The role of the bus. */
    public static final String BUS_ROLE = "bus";
    /** An operator: manages the broker, retries dead letters, asks for erasures. */
    public static final String ADMIN = "admin";
    /** The role of operators. */
    public static final String ADMIN_ROLE = "admin";
    /** An auditor: browses the audit checkpoints ({@code audit verify}), and nothing else. */
    public static final String AUDITOR = "auditor";
    /** The role of auditors. */
    public static final String AUDITOR_ROLE = "auditor";
    /** The role every coordinator has besides its own. */
    public static final String COORDINATOR_ROLE = "coordinator";

    private Principals() {
    }
}
