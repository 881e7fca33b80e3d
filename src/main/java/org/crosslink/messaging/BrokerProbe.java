package org.crosslink.messaging;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a health check and the metrics ask the broker: whether it answers, and how many messages wait on the
 * inbound queues and the dead-letter queue. Each question opens a session of its own, answers quickly, and never
 * throws: a broker that cannot be asked is reported as down, or as a count that could not be read.
 */
public final class BrokerProbe {
    private static final Logger LOG = LoggerFactory.getLogger(BrokerProbe.class);
    private final BrokerClient client;
    private final Destinations names;

    public BrokerProbe(BrokerClient client, Destinations names) {
        this.client = client;
        this.names = names;
    }

    /** The broker answers: a session opens and the dead-letter queue is found. */
    public boolean up() {
        try (ClientSession s = client.autoCommitSession()) {
            return s.queueQuery(SimpleString.of(names.deadLetter())).isExists();
        } catch (Exception e) {
            return false;
        }
    }

    /** Messages waiting on each source's inbound queue; a source missing from the map could not be read. */
    public Map<String, Long> inboundDepths(Collection<String> sources) {
        Map<String, Long> out = new LinkedHashMap<>();
        try (ClientSession s = client.autoCommitSession()) {
            for (String source : sources) {
                ClientSession.QueueQuery q = s.queueQuery(SimpleString.of(names.inbound(source)));
                if (q.isExists()) {
                    out.put(source, q.getMessageCount());
                }
            }
        } catch (Exception e) {
            LOG.debug("event=broker.depths-unavailable error={}", e.toString());
        }
        return out;
    }

    /** Messages on the dead-letter queue, or -1 when it could not be read. */
    public long deadLetters() {
        try (ClientSession s = client.autoCommitSession()) {
            ClientSession.QueueQuery q = s.queueQuery(SimpleString.of(names.deadLetter()));
            return q.isExists() ? q.getMessageCount() : 0;
        } catch (Exception e) {
            return -1;
        }
    }
}
