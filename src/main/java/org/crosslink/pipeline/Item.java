package org.crosslink.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.crosslink.dedupe.Decision;
import org.crosslink.dedupe.ReportEntry;
import org.crosslink.intake.IntakeResult;
import org.crosslink.resolve.ResolutionEngine;
import org.crosslink.store.Json;

/**
 * One message of a batch as it goes through the stages: what the broker gave (its queue, source, sender,
 * body) and what each stage decided. {@link #settled()} once it needs no further stage.
 */
public final class Item {
    private final Batch batch;
    private final String messageKey;
    private final String queue;
    private final String source;
    private final String sender;
    private final Object body;
    private final long sentAt;
    private IntakeResult intake;
    private Decision decision;
    private ReportEntry previous;
    private ResolutionEngine.Changes changes;
    private Outcome outcome;
    private String reason;
    private int mark = -1;

    public Item(Batch batch, String messageKey, String queue, String source, String sender, Object body, long sentAt) {
        this.batch = batch;
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.queue = queue;
        this.source = source;
        this.sender = sender;
        this.body = body;
        this.sentAt = sentAt;
    }

    /** The same message, fresh, in another batch: for retrying it after its batch was undone. */
    public Item copyInto(Batch other) {
        Item copy = new Item(other, messageKey, queue, source, sender, body, sentAt);
        other.add(copy);
        return copy;
    }

    /** The source of an operator's control message (an erasure request): not a source code. */
    public static final String CONTROL = "#control";

    /** True for an operator's control message rather than a report. */
    public boolean control() {
        return CONTROL.equals(source);
    }

    /**
     * The action an operator's control message asks for ({@code ERASE}, {@code MODEL_TRAIN}, {@code MODEL_APPLY}),
     * or an empty string when it names none or is not readable.
     */
    public String action() {
        if (!control()) {
            return "";
        }
        try {
            String text = body instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : String.valueOf(body);
            return Json.MAPPER.readTree(text).path("action").asString("");
        } catch (RuntimeException e) {
            return "";
        }
    }

    public Batch batch() {
        return batch;
    }

    /** Identifies the broker message across redeliveries. */
    public String messageKey() {
        return messageKey;
    }

    public String queue() {
        return queue;
    }

    /** The source whose inbound queue the message came from. */
    public String source() {
        return source;
    }

    /** The authenticated user that sent it, or null when the broker does not authenticate. */
    public String sender() {
        return sender;
    }

    /** A String (text message) or byte[] (bytes message). */
    public Object body() {
        return body;
    }

    /** When a crosslink tool sent it (epoch ms), or 0. */
    public long sentAt() {
        return sentAt;
    }

    public IntakeResult intake() {
        return intake;
    }

    public void intake(IntakeResult result) {
        this.intake = result;
    }

    public IntakeResult.Accepted accepted() {
        return (IntakeResult.Accepted) intake;
    }

    public Decision decision() {
        return decision;
    }

    public ReportEntry previous() {
        return previous;
    }

    public void decide(Decision decision, ReportEntry previous) {
        this.decision = decision;
        this.previous = previous;
    }

    /** The entities resolution changed for this report; null until resolved. */
    public ResolutionEngine.Changes changes() {
        return changes;
    }

    public void changes(ResolutionEngine.Changes changes) {
        ResolutionEngine.Changes before = this.changes;
        this.changes = changes;
        batch.undo().push(() -> this.changes = before);
    }

    public Outcome outcome() {
        return outcome;
    }

    public String reason() {
        return reason;
    }

    /** Records the item's final outcome; undone with the batch if the item is rolled back. */
    public void settle(Outcome outcome, String reason) {
        Outcome before = this.outcome;
        String beforeReason = this.reason;
        this.outcome = outcome;
        this.reason = reason;
        batch.undo().push(() -> {
            this.outcome = before;
            this.reason = beforeReason;
        });
    }

    public boolean settled() {
        return outcome != null;
    }

    /** Where the batch's undo log stood before this item changed anything: a failed item rolls back to here. */
    public int mark() {
        return mark;
    }

    public void markStart() {
        if (mark < 0) {
            mark = batch.undo().mark();
        }
    }

    @Override
    public String toString() {
        return "item " + messageKey + " from " + source;
    }
}
