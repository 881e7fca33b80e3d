package org.crosslink.app;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Map;
import java.util.UUID;

import org.crosslink.camel.Bus;
import org.crosslink.config.Settings;
import org.crosslink.messaging.BrokerClient;
import org.crosslink.messaging.ControlQueue;
import org.crosslink.runtime.BusRuntime;
import org.crosslink.store.Database;
import org.crosslink.store.Json;
import org.crosslink.store.Queries;

/**
 * An operator's request to the bus's control queue (erase a report, train or apply a model), sent to the running
 * bus, or to one started for the purpose when none is running, and answered through the delivery the bus records
 * for it.
 */
final class ControlRequest {
    private ControlRequest() {
    }

    /** Sends the request as the operator and waits for the answer; null when none came within the time. */
    static String ask(Settings s, Operator operator, Map<String, Object> request, int timeoutSeconds) throws Exception {
        String pw = operator.password(s);
        Bus local = running(s) ? null : new Bus(s).start();
        UUID id = UUID.randomUUID();
        try (BrokerClient client = BrokerClient.connect(Operator.brokerUrl(s), operator.user, pw)) {
            ControlQueue.send(client, s.get("crosslink.queue.control"), id.toString(), Json.write(request));
            return await(local != null ? local.runtime().db() : BusRuntime.openDatabase(s), "r:" + id, local == null, timeoutSeconds);
        } finally {
            if (local != null) {
                local.close();
            }
        }
    }

    /** Sends a request through a bus this process runs, and waits for the answer. */
    static String ask(BusRuntime rt, String controlQueue, Map<String, Object> request, int timeoutSeconds) throws Exception {
        UUID id = UUID.randomUUID();
        ControlQueue.send(rt.client(), controlQueue, id.toString(), Json.write(request));
        return await(rt.db(), "r:" + id, false, timeoutSeconds);
    }

    static boolean running(Settings s) {
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

    private static String await(Database db, String messageKey, boolean close, int timeoutSeconds) throws Exception {
        try {
            Queries queries = new Queries(db);
            long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
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
