package org.crosslink.store;

import java.time.Instant;

/** The rows a batch writes, one record per table and operation. */
public final class Rows {
    private Rows() {
    }

    public record Delivery(String messageKey, String source, String reportKey, Integer revision, String outcome,
                           String reason, Instant processedAt) {
    }

    public record Report(String reportKey, String source, String reportId, int revision, Instant reportedAt,
                         Instant receivedAt, String sender, String investigation, String grading, String handling,
                         String exploitation, String personRefs, String locationRefs, byte[] body, String warnings) {
    }

    public record Mention(long id, String kind, String mentionKey, String reportKey, String ref, int revision, long seq,
                          String entityId, String record, byte[] blockingKeys, String facts) {
    }

    public record MentionEntity(long id, String entityId) {
    }

    public record Link(long a, long b, String kind, String outcome, double probability, double total, String evidence) {
    }

    /** A link written or taken away, in the order resolution made the change: a new model may do both to one pair. */
    public record LinkChange(boolean removed, Link link) {
    }

    /** A candidate a mention was compared with and not linked to, with the evidence (a near miss). */
    public record NearMiss(long mentionId, long otherId, String kind, double probability, double total, String evidence) {
    }

    /**
     * A new model scores every pair of this kind again: the near misses stored before go, and so do those of this batch
     * before position {@code from} in its list.
     */
    public record NearMissReset(String kind, int from) {
    }

    /** A person model trained from the store; the active one is in use. */
    public record Model(int version, Instant trainedAt, boolean active, int mentions, String body) {
    }

    public record Entity(String id, String kind, long createdSeq, boolean active, String mergedInto, Instant at) {
    }

    public record EntityEvent(long id, Instant at, String kind, String entityId, String others, String cause, String reason) {
    }

    public record Outbox(long id, String alertId, int version, String state, Instant createdAt) {
    }

    public record Erasure(String reportKey, Instant at, String reason) {
    }
}
