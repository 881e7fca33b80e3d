package org.crosslink.messaging;

import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;

/**
 * The bus's own connection to the broker, with the Artemis Core client: in-VM to the embedded broker,
 * or TCP to an external broker or cluster, reconnecting forever when the broker goes away.
 */
public final class BrokerClient implements AutoCloseable {
    private final ServerLocator locator;
    private final ClientSessionFactory factory;
    private final String user;
    private final String password;

    private BrokerClient(ServerLocator locator, ClientSessionFactory factory, String user, String password) {
        this.locator = locator;
        this.factory = factory;
        this.user = user;
        this.password = password;
    }

    public static BrokerClient connect(String url, String user, String password) {
        try {
            ServerLocator locator = ActiveMQClient.createServerLocator(url);
            if (!url.startsWith("vm:")) {
                // for ever, unless the url says otherwise (a command that should give up when no broker answers)
                if (!url.contains("reconnectAttempts=")) {
                    locator.setReconnectAttempts(-1);
                }
                if (!url.contains("initialConnectAttempts=")) {
                    locator.setInitialConnectAttempts(-1);
                }
                locator.setRetryInterval(500);
                locator.setRetryIntervalMultiplier(1.5);
                locator.setMaxRetryInterval(5_000);
            }
            locator.setBlockOnDurableSend(true);
            locator.setBlockOnAcknowledge(false);
            return new BrokerClient(locator, locator.createSessionFactory(), blankToNull(user), blankToNull(password));
        } catch (Exception e) {
            throw new IllegalStateException("cannot connect to the broker at " + url + ": " + e.getMessage(), e);
        }
    }

    /** Connects for a short command: a broker that does not answer at once is an answer, not something to wait for. */
    public static BrokerClient connectOnce(String url, String user, String password) {
        try {
            ServerLocator locator = ActiveMQClient.createServerLocator(url);
            locator.setReconnectAttempts(0);
            locator.setInitialConnectAttempts(1);
            locator.setCallTimeout(10_000);
            return new BrokerClient(locator, locator.createSessionFactory(), blankToNull(user), blankToNull(password));
        } catch (Exception e) {
            throw new IllegalStateException("cannot connect to the broker at " + url + ": " + e.getMessage(), e);
        }
    }

    /** A transacted session: sends and acknowledgements take effect together at commit. */
    public ClientSession transactedSession() throws ActiveMQException {
        ClientSession s = factory.createSession(user, password, false, false, false, false, 0);
        s.start();
        return s;
    }

    /** A transacted session logged in as someone else: a source sending its own reports (replay, demo, bench). */
    public ClientSession transactedSession(String login, String loginPassword) throws ActiveMQException {
        ClientSession s = factory.createSession(login, loginPassword, false, false, false, false, 0);
        s.start();
        return s;
    }

    /** A session whose sends and acknowledgements take effect at once. */
    public ClientSession autoCommitSession() throws ActiveMQException {
        ClientSession s = factory.createSession(user, password, false, true, true, false, 0);
        s.start();
        return s;
    }

    @Override
    public void close() {
        factory.close();
        locator.close();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
