package org.crosslink.messaging;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientProducer;
import org.apache.activemq.artemis.api.core.client.ClientSession;

/**
 * Sends reports to their sources' inbound queues as persistent text messages, committing every
 * {@code commitEvery} sends: what replay, the demo and the benchmark use to act as force systems.
 * The source is read from the report's {@code source} field, even in a report that is otherwise
 * not JSON; a line with no known source goes to the default source's queue.
 */
public final class ReportSender implements AutoCloseable {
    private static final Pattern SOURCE = Pattern.compile("\"source\"\\s*:\\s*\"([A-Z0-9]{2,16})\"");

    private final BrokerClient client;
    private final UnaryOperator<String> passwords;
    private final Destinations names;
    private final Predicate<String> known;
    private final String defaultSource;
    private final int commitEvery;
    private final Map<String, Open> open = new HashMap<>();
    private int uncommitted;

    private record Open(ClientSession session, ClientProducer producer) {
    }

    /**
     * @param passwords each source's password, when the broker requires logins (the report's source is its
     *                  sender); null to send as the bus's own login
     */
    public ReportSender(BrokerClient client, UnaryOperator<String> passwords, Destinations names, Predicate<String> known,
                        String defaultSource, int commitEvery) {
        this.client = client;
        this.passwords = passwords;
        this.names = names;
        this.known = known;
        this.defaultSource = defaultSource;
        this.commitEvery = commitEvery;
    }

    /** The source a line is for: its claimed source when that is a known one, else the default. */
    public String sourceOf(String line) {
        Matcher m = SOURCE.matcher(line);
        if (m.find() && known.test(m.group(1))) {
            return m.group(1);
        }
        return defaultSource;
    }

    public void send(String line) throws ActiveMQException {
        send(sourceOf(line), line);
    }

    public void send(String source, String body) throws ActiveMQException {
        Open o = open.get(source);
        if (o == null) {
            ClientSession s = passwords == null ? client.transactedSession() : client.transactedSession(source, passwords.apply(source));
            o = new Open(s, s.createProducer(SimpleString.of(names.inbound(source))));
            open.put(source, o);
        }
        ClientMessage m = o.session.createMessage(Message.TEXT_TYPE, true);
        m.getBodyBuffer().writeNullableSimpleString(SimpleString.of(body));
        m.putLongProperty(Headers.SENT_AT, System.currentTimeMillis());
        o.producer.send(m);
        if (++uncommitted >= commitEvery) {
            flush();
        }
    }

    /** Commits what has been sent so far. */
    public void flush() throws ActiveMQException {
        for (Open o : open.values()) {
            o.session.commit();
        }
        uncommitted = 0;
    }

    @Override
    public void close() throws ActiveMQException {
        flush();
        for (Open o : open.values()) {
            o.session.close();
        }
        open.clear();
    }
}
