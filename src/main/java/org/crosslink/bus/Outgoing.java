package org.crosslink.bus;

import java.util.Map;
import java.util.Objects;

/**
 * A message the bus sends when a batch commits, in the same broker transaction as the acknowledgements:
 * a rejected report or a dead letter, which is the original message itself (body untouched) with
 * properties added. It needs no duplicate-detection id: it leaves with the acknowledgement of the message
 * it answers, so a message delivered again is one whose answer never left.
 */
public record Outgoing(String address, Item original, Map<String, String> properties) {
    public Outgoing {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(original, "original");
        properties = Map.copyOf(properties);
    }
}
