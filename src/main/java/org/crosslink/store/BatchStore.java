package org.crosslink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the batch pipeline asks of the database: which messages it has already processed (before a crash,
 * and not acknowledged), and a batch's writes with their audit entries in one transaction, fenced by the
 * resolver lease. It also tells a database outage (wait, retry) from a fault of the data (isolate the report).
 */
public final class BatchStore {
    private static final Logger LOG = LoggerFactory.getLogger(BatchStore.class);
    private final Database db;
    private final AuditLog audit;
    private final BatchWriter writer = new BatchWriter();
    private volatile ResolverLease lease;

    /** What became of a message already processed: its outcome, reason and report, as committed. */
    public record Delivered(String messageKey, String outcome, String reason, String reportKey) {
    }

    public BatchStore(Database db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    /** Every batch checks, in its own transaction, that this instance still holds the resolver lease. */
    public void fence(ResolverLease lease) {
        this.lease = lease;
    }

    /** The messages among these whose effects are already committed. */
    public List<Delivered> delivered(Collection<String> messageKeys) throws SQLException {
        List<Delivered> out = new ArrayList<>();
        if (messageKeys.isEmpty()) {
            return out;
        }
        String sql = "SELECT message_key, outcome, reason, report_key FROM delivery WHERE message_key IN ("
                + String.join(", ", Collections.nCopies(messageKeys.size(), "?")) + ")";
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (String key : messageKeys) {
                ps.setString(i++, key);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Delivered(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
            c.rollback();
        }
        return out;
    }

    /**
     * Writes a batch's rows and audit entries in one transaction, after checking the lease in it.
     *
     * @throws ResolverLease.LeaseLost when another instance holds the lease: nothing is written
     */
    public void commit(WriteSet writes, int reports) throws SQLException {
        long start = System.nanoTime();
        try (Connection c = db.connection()) {
            try {
                if (lease != null) {
                    lease.check(c);
                }
                writer.write(c, writes);
                long written = System.nanoTime();
                audit.appendAndCommit(c, writes.audit.items());
                if (LOG.isDebugEnabled()) {
                    LOG.debug("event=batch.committed reports={} writeMs={} commitMs={}", reports,
                            (written - start) / 1_000_000, (System.nanoTime() - written) / 1_000_000);
                }
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** True when a failure is the database being away (a transient error, or no answer): to be waited out, not blamed on a report. */
    public boolean isOutage(Exception failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientException) {
                return true;
            }
        }
        return !db.reachable();
    }
}
