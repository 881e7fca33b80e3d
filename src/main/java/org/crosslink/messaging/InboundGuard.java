package org.crosslink.messaging;

import java.util.Map;
import java.util.Objects;

import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.core.server.ServerSession;
import org.apache.activemq.artemis.core.server.plugin.ActiveMQServerMessagePlugin;
import org.apache.activemq.artemis.core.transaction.Transaction;

/**
 * A broker plugin on every message sent to an inbound queue, before the broker routes and stores it:
 * <ul>
 * <li>it makes the message durable, whatever the client asked: AMQP messages are not durable unless the sender sets
 * {@code durable} (many clients do not), STOMP messages not unless the frame says {@code persistent:true}, and a
 * non-durable report lives in the broker's memory only, lost without a word if the broker dies before the bus has
 * committed it;</li>
 * <li>it stamps the login that sent it ({@code _AMQ_VALIDATED_USER}) on every protocol: the broker's own
 * {@code populate-validated-user} stamps Core and STOMP messages only, and an AMQP message would otherwise reach the
 * bus with no sender, or with one its client wrote itself.</li>
 * </ul>
 * The embedded broker registers it itself. On an external broker, put a jar holding this class in the broker's
 * {@code lib/} and declare it in its {@code broker.xml}: {@code <broker-plugins><broker-plugin
 * class-name="org.crosslink.messaging.InboundGuard"><property key="inbound-prefix" value="intel.inbound."/>
 * </broker-plugin></broker-plugins>}.
 */
public final class InboundGuard implements ActiveMQServerMessagePlugin {
    /** The property naming the inbound queues' prefix, when the broker configures the plugin. */
    public static final String PREFIX_PROPERTY = "inbound-prefix";
    private String prefix;

    /** For a broker that creates the plugin from its configuration; {@link #init} gives it the prefix. */
    public InboundGuard() {
        this("intel.inbound.");
    }

    public InboundGuard(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public void init(Map<String, String> properties) {
        prefix = properties.getOrDefault(PREFIX_PROPERTY, prefix);
    }

    @Override
    public void beforeSend(ServerSession session, Transaction tx, Message message, boolean direct, boolean noAutoCreateQueue) {
        if (!inbound(message.getAddress())) {
            return;
        }
        String sender = session.getValidatedUser();
        if (message.isDurable() && Objects.equals(sender, message.getStringProperty(Message.HDR_VALIDATED_USER))) {
            return; // the common case over Core: durable, and stamped by the broker; nothing to write again
        }
        message.setDurable(true);
        if (sender == null) {
            message.removeProperty(Message.HDR_VALIDATED_USER);
        } else {
            message.setValidatedUserID(sender);
            message.putStringProperty(Message.HDR_VALIDATED_USER, sender);
        }
        // written again from what it now says, or the journal keeps the client's encoding (AMQP: durable=false)
        message.reencode();
    }

    private boolean inbound(String address) {
        if (address == null) {
            return false;
        }
        int fqqn = address.indexOf("::");
        return (fqqn < 0 ? address : address.substring(0, fqqn)).startsWith(prefix);
    }
}
