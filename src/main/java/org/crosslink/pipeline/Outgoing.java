package org.crosslink.pipeline;

import java.time.Instant;
import java.util.Objects;

/**
 * An answer the bus sends when a batch commits, in the same broker transaction as the acknowledgements: a
 * rejected report or a dead letter. On the wire it is the original message itself (body untouched), with the
 * answer as properties, on the source's rejected queue or the dead-letter queue; the messaging adapter writes
 * it so. It needs no duplicate-detection id: it leaves with the acknowledgement of the message it answers, so
 * a message delivered again is one whose answer never left.
 */
public sealed interface Outgoing permits Outgoing.Rejected, Outgoing.DeadLettered {

    /** The message this answers. */
    Item original();

    /**
     * A report that failed validation, for its source's rejected queue.
     *
     * @param code        the first rejection code, e.g. MISSING_FIELD
     * @param reasonsJson every reason, a JSON array of {code, pointer, message}
     * @param reportId    the report's id, when it could be read, else null
     */
    record Rejected(Item original, String code, String reasonsJson, String reportId) implements Outgoing {
        public Rejected {
            Objects.requireNonNull(original, "original");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(reasonsJson, "reasonsJson");
        }
    }

    /**
     * A report that failed processing after every retry, for the dead-letter queue.
     *
     * @param error    the exception class and message that stopped it
     * @param failedAt when it was given up
     */
    record DeadLettered(Item original, String error, Instant failedAt) implements Outgoing {
        public DeadLettered {
            Objects.requireNonNull(original, "original");
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(failedAt, "failedAt");
        }
    }
}
