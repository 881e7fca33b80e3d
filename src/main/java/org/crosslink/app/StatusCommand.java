package org.crosslink.app;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.crosslink.config.Settings;
import org.crosslink.messaging.BrokerClient;
import org.crosslink.messaging.Destinations;
import org.crosslink.messaging.QueueDepths;
import org.crosslink.runtime.BusRuntime;
import org.crosslink.runtime.RegistryLoader;
import org.crosslink.store.Database;
import org.crosslink.store.DeploymentState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The state of a deployment, read from its database and its broker: for an operator, or a monitor by the exit code. */
@Command(name = "status", mixinStandardHelpOptions = true,
        header = "Show the resolver lease, the broker, the queues and the outbox backlog.",
        description = {"Show which instance holds the resolver lease and since when, the broker it is connected to,",
                "the reports waiting on each source's queue, the outbox backlog and the last commit.",
                "Exit code 0: an instance holds a live lease (or the embedded database answers) and the broker answers;",
                "2: the lease has expired or nobody holds it, or the broker does not answer."})
public final class StatusCommand implements Callable<Integer> {
    static final int DEGRADED = 2;

    @Mixin
    CommonOptions common;

    @Mixin
    Operator operator;

    @Override
    public Integer call() throws Exception {
        Settings s = common.settings();
        PrintStream out = System.out;
        DeploymentState.Snapshot state;
        boolean shared;
        try (Database db = BusRuntime.openDatabase(s)) {
            shared = db.product() == Database.Product.POSTGRESQL;
            state = DeploymentState.read(db);
        }
        boolean healthy = lease(out, state, shared);
        out.printf("%-13s %s%n", "last commit", state.lastCommit().map(t -> t + " (" + ago(state.now(), t) + ")").orElse("none yet"));
        out.printf("%-13s %d alert changes waiting%n", "outbox", state.outboxBacklog());
        out.printf("%-13s %s%n", "reports", state.outcomes().isEmpty() ? "none yet" : outcomes(state.outcomes()));
        return queues(out, s) && healthy ? 0 : DEGRADED;
    }

    private static boolean lease(PrintStream out, DeploymentState.Snapshot state, boolean shared) {
        if (!shared) {
            out.printf("%-13s %s%n", "lease", "none: the embedded database admits one instance");
            return true;
        }
        if (state.lease().isEmpty()) {
            out.printf("%-13s %s%n", "lease", "never taken: no instance has run on this database");
            return false;
        }
        DeploymentState.Lease l = state.lease().get();
        boolean live = l.live(state.now());
        out.printf("%-13s held by %s since %s (%s), epoch %d, %s%n", "lease", l.holder(), l.acquiredAt(), ago(state.now(), l.acquiredAt()),
                l.epoch(), live ? "expires in " + seconds(Duration.between(state.now(), l.expiresAt()))
                        : "EXPIRED " + ago(state.now(), l.expiresAt()) + ": a standby may take it over");
        out.printf("%-13s %s%n", "its broker", l.broker() == null ? "-" : l.broker());
        return live;
    }

    /** Each source's inbound queue with reports waiting (all of them empty in one line), and the dead letters. */
    private boolean queues(PrintStream out, Settings s) {
        Destinations names = Destinations.from(s);
        List<String> queues = new ArrayList<>();
        for (String source : RegistryLoader.load(s).sourceCodes()) {
            queues.add(names.inbound(source));
        }
        queues.add(names.deadLetter());
        Map<String, Long> depths;
        try (BrokerClient client = operator.connect(s)) {
            depths = QueueDepths.of(client, queues);
        } catch (Exception e) {
            out.printf("%-13s %s does not answer: %s%n", "broker", Operator.brokerUrl(s).replaceAll("\\?[^,]*", ""), e.getMessage());
            return false;
        }
        out.printf("%-13s %s answers%n", "broker", Operator.brokerUrl(s).replaceAll("\\?[^,]*", ""));
        long waiting = 0;
        int empty = 0;
        out.printf("%-13s%n", "queues");
        for (Map.Entry<String, Long> q : depths.entrySet()) {
            if (q.getKey().equals(names.deadLetter())) {
                continue;
            }
            if (q.getValue() > 0) {
                out.printf("  %-32s %d%n", q.getKey(), q.getValue());
                waiting += q.getValue();
            } else {
                empty++;
            }
        }
        out.printf("  %d reports waiting; %d inbound queues empty%n", waiting, empty);
        out.printf("%-13s %d%n", "dead letters", Math.max(0, depths.get(names.deadLetter())));
        return true;
    }

    private static String outcomes(Map<String, Long> outcomes) {
        List<String> parts = new ArrayList<>();
        outcomes.forEach((k, v) -> parts.add(k.toLowerCase() + " " + v));
        return String.join(", ", parts);
    }

    private static String ago(Instant now, Instant then) {
        return seconds(Duration.between(then, now)) + " ago";
    }

    private static String seconds(Duration d) {
        return String.format("%.1f s", d.toMillis() / 1000.0);
    }
}
