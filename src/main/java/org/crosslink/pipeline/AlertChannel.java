package org.crosslink.pipeline;

import java.util.List;

/**
 * Where published alerts go: the alert address, each copy with the broker's duplicate-detection id set from
 * the alert id, its version and its recipients. The messaging adapter implements it over Artemis.
 */
public interface AlertChannel extends AutoCloseable {

    /**
     * Sends every copy in one broker transaction. Copies the broker already has (sent before a crash came
     * between sending and marking them sent) are dropped by the broker, and the others still go.
     */
    void send(List<OutboxRelay.Published> copies) throws Exception;

    @Override
    void close();
}
