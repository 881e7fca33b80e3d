package org.crosslink.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.crosslink.config.Settings;
import org.crosslink.messaging.AlertSubscription;
import org.crosslink.messaging.Destinations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Connects as a force or coordinator and prints each alert it receives, as it arrives. */
@Command(name = "subscribe", mixinStandardHelpOptions = true,
        header = "Print each alert of a source's or coordinator's durable subscription.",
        description = {"Connect to the bus as a source or coordinator and print each alert its durable subscription",
                "receives, one JSON object per line (or readable with --pretty). Alerts sent while it was away are",
                "delivered when it connects."})
public final class SubscribeCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--as", required = true, paramLabel = "SOURCE_OR_ROLE", description = "The subscriber, e.g. MET or NCA-MSHT.")
    String subscriber;

    @Option(names = "--url", description = "The broker (default: the embedded broker's Core acceptor on this machine).")
    String url;

    @Option(names = "--user", description = "Login (default: the subscriber's code).")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "A file holding the password (default: CROSSLINK_PASSWORD, "
            + "else the one generated in the data directory, else a prompt). Never the password itself: the process list would show it.")
    Path passwordFile;

    @Option(names = "--pretty", description = "Readable form instead of JSON lines.")
    boolean pretty;

    @Option(names = "--count", description = "Stop after this many alerts (default: run until Ctrl-C).")
    int count = -1;

    @Override
    public Integer call() throws Exception {
        Settings s = common.settings();
        Destinations names = Destinations.from(s);
        String broker = url != null ? url : Operator.brokerUrl(s);
        String login = user != null ? user : subscriber;
        String password = PasswordSource.find(passwordFile, s, login);
        AlertPrinter printer = new AlertPrinter(System.out, pretty);
        CountDownLatch done = new CountDownLatch(1);
        AtomicInteger received = new AtomicInteger();
        try (AlertSubscription subscription = AlertSubscription.connect(broker, password == null ? user : login, password,
                names.subscriptionFqqn(subscriber), alert -> {
                    printer.print(alert);
                    if (count > 0 && received.incrementAndGet() >= count) {
                        done.countDown();
                    }
                }, e -> System.err.println("subscribe: " + e.getMessage()))) {
            System.err.printf("subscribed as %s to %s at %s%n", subscriber, names.subscriptionFqqn(subscriber), broker);
            Runtime.getRuntime().addShutdownHook(new Thread(done::countDown));
            done.await();
        }
        return 0;
    }
}
