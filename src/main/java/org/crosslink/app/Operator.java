package org.crosslink.app;

import org.crosslink.config.Settings;
import org.crosslink.messaging.BrokerClient;
import org.crosslink.messaging.security.Principals;
import org.crosslink.runtime.BusRuntime;
import picocli.CommandLine.Option;

/** Options to reach the broker as an operator (erase, dlq), and where the broker is. */
final class Operator {
    @Option(names = "--user", description = "The operator's login (default: admin).")
    String user = Principals.ADMIN;

    @Option(names = "--password", description = "The operator's password (default: CROSSLINK_PASSWORD, or the one generated in the data directory).")
    String password;

    /** The password given, or from the environment, or the one generated in the data directory. */
    String password(Settings s) {
        if (password != null) {
            return password;
        }
        String env = System.getenv("CROSSLINK_PASSWORD");
        return env != null ? env : BusRuntime.credentials(s).password(user);
    }

    /** Connects, giving up after three attempts when no broker answers. */
    BrokerClient connect(Settings s) {
        String url = brokerUrl(s);
        return BrokerClient.connect(url + (url.contains("?") ? "&" : "?") + "initialConnectAttempts=3", user, password(s));
    }

    /** The configured external broker, or the embedded broker's Core acceptor on this machine. */
    static String brokerUrl(Settings s) {
        String url = s.get("crosslink.broker.url", "");
        return url.isBlank() ? "tcp://" + s.get("crosslink.broker.host") + ":" + s.get("crosslink.broker.core-port") : url;
    }
}
