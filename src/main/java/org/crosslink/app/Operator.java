package org.crosslink.app;

import java.nio.file.Path;

import org.crosslink.config.Settings;
import org.crosslink.messaging.BrokerClient;
import org.crosslink.messaging.security.Principals;
import picocli.CommandLine.Option;

/** Options to reach the broker as an operator (erase, dlq), and where the broker is. */
final class Operator {
    @Option(names = "--user", description = "The operator's login (default: admin).")
    String user = Principals.ADMIN;

    @Option(names = "--password-file", paramLabel = "FILE", description = "A file holding the operator's password (default: "
            + "CROSSLINK_PASSWORD, else the one generated in the data directory, else a prompt). Never the password itself: "
            + "the process list would show it.")
    Path passwordFile;

    /** The password from the file given, or the environment, or the one generated in the data directory, or a prompt. */
    String password(Settings s) {
        return PasswordSource.find(passwordFile, s, user);
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
