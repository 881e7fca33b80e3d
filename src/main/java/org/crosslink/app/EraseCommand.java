package org.crosslink.app;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.crosslink.camel.Bus;
import org.crosslink.config.Settings;
import org.crosslink.messaging.BrokerClient;
import org.crosslink.messaging.ControlQueue;
import org.crosslink.model.ReportKey;
import org.crosslink.runtime.BusRuntime;
import org.crosslink.store.Database;
import org.crosslink.store.Json;
import org.crosslink.store.Queries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Asks the bus to erase a report, and waits for the answer. */
@Command(name = "erase", mixinStandardHelpOptions = true,
        description = {"Erase a report under the retention rules: its content and mentions are removed, the entities it",
                "contributed to recomputed, the alerts that no longer stand withdrawn, and the erasure logged without",
                "copying what was erased. Works on a running bus (through its control queue) or starts one."})
public final class EraseCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "SOURCE/REPORT_ID")
    String report;

    @Option(names = "--reason", required = true, description = "Why: the review decision, for the audit log.")
    String reason;

    @Mixin
    Operator operator;

    @Override
    public Integer call() throws Exception {
        ReportKey key = ReportKey.parse(report);
        Settings s = common.settings();
        String pw = operator.password(s);
        Bus local = running(s) ? null : new Bus(s).start();
        String url = Operator.brokerUrl(s);
        UUID id = UUID.randomUUID();
        try (BrokerClient client = BrokerClient.connect(url, operator.user, pw)) {
            ControlQueue.send(client, s.get("crosslink.queue.control"), id.toString(),
                    Json.write(Map.of("action", "ERASE", "report", key.toString(), "reason", reason)));
            String result = await(local != null ? local.runtime().db() : BusRuntime.openDatabase(s), "r:" + id, local == null);
            System.out.printf("%s: %s%n", key, result == null ? "no answer from the bus within 60 s" : result);
            return "erased".equals(result) ? 0 : 1;
        } finally {
            if (local != null) {
                local.close();
            }
        }
    }

    private static boolean running(Settings s) {
        if (!s.get("crosslink.broker.url", "").isBlank()) {
            return true;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(s.get("crosslink.broker.host"), s.getInt("crosslink.broker.core-port")), 500);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static String await(Database db, String messageKey, boolean close) throws Exception {
        try {
            Queries queries = new Queries(db);
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (System.nanoTime() < deadline) {
                String answer = queries.deliveryReason(messageKey);
                if (answer != null) {
                    return answer;
                }
                Thread.sleep(100);
            }
            return null;
        } finally {
            if (close) {
                db.close();
            }
        }
    }
}
