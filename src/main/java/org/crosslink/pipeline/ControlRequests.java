package org.crosslink.pipeline;

/**
 * Where the bus asks itself for work its single writer must do between batches (training a new model as the
 * store grows): the control queue, which the messaging adapter sends to. The request is a control message like
 * an operator's, so it is taken, committed and answered the same way.
 */
public interface ControlRequests {
    /** Sends a request (JSON) under an id the answer is recorded under. */
    void send(String requestId, String json) throws Exception;
}
