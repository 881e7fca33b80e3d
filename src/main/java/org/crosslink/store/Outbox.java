package org.crosslink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.crosslink.alert.AlertState;
import org.crosslink.alert.RenderData;
import org.crosslink.audit.AuditEntry;

/**
 * The transactional outbox, as the relay sees it: the alert changes a committed batch left to publish, what
 * rendering them needs, and publishing them: sent to the broker and marked sent, with the audit entries of their
 * disclosure, in one transaction fenced by the resolver lease.
 */
public final class Outbox {
    private final Database db;
    private final AuditLog audit;
    private volatile ResolverLease lease;
    private volatile long associatesMaxUnindexed = -1;

    /** One alert change waiting to be published. */
    public record Change(long id, AlertState state) {
    }

    public Outbox(Database db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    /** The oldest changes not yet published, at most {@code max}, in the order they were committed. */
    public List<Change> unsent(int max) throws SQLException {
        List<Change> out = new ArrayList<>();
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT id, state FROM outbox WHERE sent_at IS NULL ORDER BY id")) {
            ps.setMaxRows(max);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Change(rs.getLong(1), Json.read(rs.getString(2), AlertState.class)));
                }
            }
            c.rollback();
        }
        return out;
    }

    /**
     * Alerts name the persons who share an identifier with their subjects, reading at most this many mentions the search
     * index has not read yet; negative (the default): they name none.
     */
    public void associates(long maxUnindexed) {
        this.associatesMaxUnindexed = maxUnindexed;
    }

    /** The contributing reports, the links between mentions and the associates that rendering these alerts needs. */
    public RenderData renderData(Collection<String> reportKeys, Collection<String> mentionKeys) throws SQLException {
        try (Connection c = db.connection()) {
            RenderData data = AlertData.load(c, reportKeys, mentionKeys, associatesMaxUnindexed);
            c.rollback();
            return data;
        }
    }

    /** Sends a batch of alert copies to the broker; called inside the transaction that marks them sent. */
    public interface Send {
        void run() throws Exception;
    }

    /** The relay writes only while this instance holds the resolver lease. */
    public void fence(ResolverLease lease) {
        this.lease = lease;
    }

    /**
     * Publishes changes and marks them sent, with the audit entries of every disclosure, in one transaction that
     * first checks the resolver lease: an instance that has lost it sends nothing. The lease's row stays locked for
     * share while the copies go, so no other instance takes over (and publishes the same changes) in between; a
     * crash after the send and before the commit re-sends, and the broker drops what it already has.
     *
     * @throws ResolverLease.LeaseLost when another instance holds the lease: nothing is sent or written
     */
    public void publish(List<Long> ids, Instant at, List<AuditEntry> disclosures, Send send) throws Exception {
        try (Connection c = db.connection()) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET sent_at = ? WHERE id = ?")) {
                if (lease != null) {
                    lease.check(c);
                }
                send.run();
                for (long id : ids) {
                    ps.setTimestamp(1, Timestamp.from(at));
                    ps.setLong(2, id);
                    ps.addBatch();
                }
                ps.executeBatch();
                audit.appendAndCommit(c, disclosures);
            } catch (Exception e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** Alert changes not yet published. */
    public long pending() throws SQLException {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            long n = rs.getLong(1);
            c.rollback();
            return n;
        }
    }
}
