package org.crosslink.messaging;

import java.util.Map;

import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.core.server.ServerSession;
import org.apache.activemq.artemis.core.server.plugin.ActiveMQServerMessagePlugin;
import org.apache.activemq.artemis.core.transaction.Transaction;

/**
 * A broker plugin that makes every message sent to an inbound queue durable, whatever the client asked: AMQP
 * messages are not durable unless the sender sets {@code durable} (many clients do not), STOMP messages not unless
 * the frame says {@code persistent:true}, and a non-durable report lives in the broker's memory only, lost without a
 * word if the broker dies before the bus has committed it. Marked before the broker routes and stores it, a report
 * the broker has accepted is in its journal.
 * <p>
 * The embedded broker registers it itself. On an external broker, put the crosslink jar in the broker's {@code lib/}
 * and declare it in its {@code broker.xml}: {@code <broker-plugins><broker-plugin
 * class-name="org.crosslink.messaging.DurableInbound"><property key="inbound-prefix" value="intel.inbound."/>
 * </broker-plugin></broker-plugins>}.
 */
public final class DurableInbound implements ActiveMQServerMessagePlugin {
    /** The property naming the inbound queues' prefix, when the broker configures the plugin. */
    public static final String PREFIX_PROPERTY = "inbound-prefix";
    private String prefix;

    /** For a broker that creates the plugin from its configuration; {@link #init} gives it the prefix. */
    public DurableInbound() {
        this("intel.inbound.");
    }

    public DurableInbound(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public void init(Map<String, String> properties) {
        prefix = properties.getOrDefault(PREFIX_PROPERTY, prefix);
    }

    @Override
    public void beforeSend(ServerSession session, Transaction tx, Message message, boolean direct, boolean noAutoCreateQueue) {
        if (!message.isDurable() && inbound(message.getAddress())) {
            message.setDurable(true);
            // written again from what it now says, or the journal keeps the client's encoding (AMQP: durable=false)
            message.reencode();
        }
    }

    private boolean inbound(String address) {
        if (address == null) {
            return false;
        }
        int fqqn = address.indexOf("::");
        return (fqqn < 0 ? address : address.substring(0, fqqn)).startsWith(prefix);
    }
}
