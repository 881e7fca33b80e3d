package org.crosslink.messaging;

import org.crosslink.config.Settings;

/** The names of the broker's queues and addresses, from configuration. */
public record Destinations(String inboundPrefix, String rejectedPrefix, String deadLetter, String alerts,
                           String subscriptionPrefix, String auditCheckpoints) {

    public static Destinations from(Settings s) {
        return new Destinations(s.get("crosslink.queue.inbound-prefix"), s.get("crosslink.queue.rejected-prefix"),
                s.get("crosslink.queue.dead-letter"), s.get("crosslink.alerts.address"),
                s.get("crosslink.alerts.subscription-prefix"), s.get("crosslink.audit.checkpoint-queue"));
    }

    /** {@code intel.inbound.MET}: where a source sends its reports. */
    public String inbound(String source) {
        return inboundPrefix + source;
    }

    /** {@code intel.rejected.MET}: where a source's rejected reports go, with the reasons. */
    public String rejected(String source) {
        return rejectedPrefix + source;
    }

    /** The source whose inbound queue this is, or null. */
    public String sourceOfInbound(String queue) {
        return queue != null && queue.startsWith(inboundPrefix) ? queue.substring(inboundPrefix.length()) : null;
    }

    /** {@code alerts.MET}: the durable subscription (a multicast queue on the alert address) of a subscriber. */
    public String subscription(String subscriber) {
        return subscriptionPrefix + subscriber;
    }

    /** {@code crosslink.alerts::alerts.MET}: the fully qualified name a subscriber consumes from. */
    public String subscriptionFqqn(String subscriber) {
        return alerts + "::" + subscription(subscriber);
    }
}
