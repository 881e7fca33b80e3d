package org.crosslink.pipeline;

import java.util.List;

/**
 * Where batches come from and where they are acknowledged: every source's inbound queue, in one broker
 * transaction per batch. The messaging adapter implements it over Artemis; the batch cycle sees only this.
 */
public interface Inbound {

    /** Opens the session and the consumers; called again after the broker was lost. */
    void open() throws Exception;

    boolean isOpen();

    /** Takes up to {@code max} messages: waits up to {@code idleWaitMs} for the first, then up to {@code batchWaitMs} for the rest. */
    Batch receive(int max, long batchWaitMs, long idleWaitMs) throws Exception;

    /** Sends the answers (rejections, dead letters) and acknowledges every item, in one broker transaction. */
    void commit(List<Item> items, List<Outgoing> outgoing) throws Exception;

    /** Gives every message held unacknowledged back to the broker, to be delivered again. */
    void rollback();

    /** True while every message of the batch is still held, neither acknowledged nor given back. */
    boolean holds(Batch batch);

    void close();
}
