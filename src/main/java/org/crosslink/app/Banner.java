package org.crosslink.app;

import java.io.PrintStream;

import org.crosslink.config.Settings;
import org.crosslink.messaging.EmbeddedBroker;
import org.crosslink.runtime.BusRuntime;

/** What an operator needs to know once the bus is up: where it listens and what the queues are called. */
final class Banner {
    private Banner() {
    }

    static void print(PrintStream out, BusRuntime rt) {
        Settings s = rt.settings();
        out.println("crosslink is running. Stop it with Ctrl-C (or SIGTERM).");
        if (rt.broker() != null && !s.getBoolean(EmbeddedBroker.NETWORK)) {
            out.printf("  broker      embedded, in-VM only (no port), journal in %s%n", s.path("crosslink.broker.dir"));
        } else if (rt.broker() != null) {
            String host = s.get("crosslink.broker.host");
            out.printf("  broker      embedded, journal in %s%n", s.path("crosslink.broker.dir"));
            out.printf("  Core/JMS    tcp://%s:%s%n", host, s.get("crosslink.broker.core-port"));
            out.printf("  AMQP 1.0    amqp://%s:%s%n", host, s.get("crosslink.broker.amqp-port"));
            out.printf("  STOMP       stomp://%s:%s%n", host, s.get("crosslink.broker.stomp-port"));
        } else {
            out.printf("  broker      %s%n", s.get("crosslink.broker.url"));
        }
        out.printf("  inbound     %s<SOURCE> (%d sources, e.g. %s)%n", rt.names().inboundPrefix(),
                rt.registry().sourceCodes().size(), rt.names().inbound("MET"));
        out.printf("  rejected    %s<SOURCE>%n", rt.names().rejectedPrefix());
        out.printf("  alerts      %s (subscriptions %s)%n", rt.names().alerts(), rt.names().subscriptionFqqn("<SUBSCRIBER>"));
        out.printf("  data        %s%n", s.path("crosslink.data-dir"));
        out.flush();
    }
}
