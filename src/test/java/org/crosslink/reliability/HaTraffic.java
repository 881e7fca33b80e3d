package org.crosslink.reliability;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.ActiveMQExceptionType;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.crosslink.bench.ReportGenerator;
import org.crosslink.messaging.Headers;
import org.crosslink.store.Json;

/**
 * What the deployment's users do while parts fail: force systems send a steady stream (about 200 reports a
 * second, in transacted chunks with duplicate-detection ids, a failed chunk sent again), and a coordinator's
 * system receives its alerts live, committing each receipt, so that a copy received twice would show.
 */
final class HaTraffic implements AutoCloseable {
    private static final String SUBSCRIPTION = "crosslink.alerts::alerts.NCA-MSHT";
    private final ActiveMQConnectionFactory cf;
    private final ReportGenerator generator;
    private final String run;
    private final List<String[]> sent = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Integer> alerts = new ConcurrentHashMap<>();
    private final AtomicLong lastAlertAt = new AtomicLong(System.nanoTime());
    private final AtomicInteger probes = new AtomicInteger();
    private volatile boolean sending = true;
    private volatile boolean receiving = true;
    private Thread sender;
    private Thread subscriber;

    HaTraffic(String url, ReportGenerator generator, String run) {
        this.cf = new ActiveMQConnectionFactory(url);
        this.generator = generator;
        this.run = run;
    }

    void start() {
        sender = new Thread(this::send, "force-systems");
        subscriber = new Thread(this::receive, "coordinator");
        sender.start();
        subscriber.start();
    }

    /**
     * Sends a probe report at once, on a queue no force system sends to, and returns how long it took until it
     * was committed: the time until reports flow again.
     */
    long probe(String jdbcUrl) {
        long start = System.nanoTime();
        int n = probes.incrementAndGet();
        String line = FailoverIT.probe(n, run);
        List<String[]> chunk = new ArrayList<>();
        chunk.add(new String[] {"BTP", line, "probe-" + run + "-" + n});
        while (!sendChunk(chunk)) {
            pause(100);
        }
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100)).until(() -> committed(jdbcUrl, "BTP/BTP-PROBE-" + run + "-" + n));
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Stops the force systems; returns every report they delivered, as source and line, in order. */
    List<String[]> stop() throws InterruptedException {
        sending = false;
        sender.join();
        return new ArrayList<>(sent);
    }

    /** Waits until the coordinator has received nothing for five seconds. */
    void awaitAlertsQuiet() {
        await().atMost(Duration.ofMinutes(2)).until(() -> System.nanoTime() - lastAlertAt.get() > TimeUnit.SECONDS.toNanos(5));
    }

    int alertsReceived() {
        return alerts.values().stream().mapToInt(Integer::intValue).sum();
    }

    List<String> alertsReceivedTwice() {
        return alerts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
    }

    private void send() {
        int i = 0;
        while (sending) {
            List<String[]> chunk = new ArrayList<>();
            for (int k = 0; k < 20; k++, i++) {
                String line = generator.next();
                chunk.add(new String[] {generator.sourceOf(line), line, run + "-line-" + i});
            }
            while (!sendChunk(chunk)) {
                pause(100);
            }
            pause(100);
        }
    }

    /**
     * One chunk in one transaction, logged in as the operator with each report's source as its original sender.
     * True once the broker has it: committed now, or refused as duplicates because an earlier try had committed.
     */
    private synchronized boolean sendChunk(List<String[]> chunk) {
        try (jakarta.jms.Connection c = cf.createConnection(HaDeployment.ADMIN, HaDeployment.ADMIN)) {
            Session s = c.createSession(true, Session.SESSION_TRANSACTED);
            for (String[] r : chunk) {
                try (MessageProducer p = s.createProducer(s.createQueue("intel.inbound." + r[0]))) {
                    TextMessage m = s.createTextMessage(r[1]);
                    m.setStringProperty(Headers.ORIGINAL_SENDER, r[0]);
                    m.setStringProperty(Headers.DUPLICATE_ID, r[2]);
                    p.send(m);
                }
            }
            s.commit();
        } catch (JMSException | RuntimeException e) {
            if (!alreadyDelivered(e)) {
                return false;
            }
        }
        for (String[] r : chunk) {
            sent.add(new String[] {r[0], r[1]});
        }
        return true;
    }

    private void receive() {
        while (receiving) {
            try (jakarta.jms.Connection c = cf.createConnection(HaDeployment.ADMIN, HaDeployment.ADMIN)) {
                c.start();
                Session s = c.createSession(true, Session.SESSION_TRANSACTED);
                MessageConsumer consumer = s.createConsumer(s.createQueue(SUBSCRIPTION));
                while (receiving) {
                    Message m = consumer.receive(200);
                    if (m == null) {
                        continue;
                    }
                    String id = m.getStringProperty(Headers.ALERT_ID) + "#" + m.getStringProperty(Headers.RECIPIENTS) + "#"
                            + Json.MAPPER.readTree(((TextMessage) m).getText()).path("version").asInt();
                    s.commit();
                    // counted once the receipt is committed: a copy given again after a failed commit is not a duplicate
                    alerts.merge(id, 1, Integer::sum);
                    lastAlertAt.set(System.nanoTime());
                }
            } catch (JMSException | RuntimeException e) {
                pause(200);
            }
        }
    }

    private static boolean committed(String jdbcUrl, String reportKey) {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "");
             PreparedStatement ps = db.prepareStatement("SELECT COUNT(*) FROM report WHERE report_key = ?")) {
            ps.setString(1, reportKey);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean alreadyDelivered(Throwable e) {
        if (e == null) {
            return false;
        }
        if (e instanceof ActiveMQException a && a.getType() == ActiveMQExceptionType.DUPLICATE_ID_REJECTED) {
            return true;
        }
        Throwable linked = e instanceof JMSException j ? j.getLinkedException() : null;
        return alreadyDelivered(e.getCause()) || linked != null && linked != e.getCause() && alreadyDelivered(linked);
    }

    private static void pause(long ms) {
        try {
            TimeUnit.MILLISECONDS.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws Exception {
        sending = false;
        receiving = false;
        if (sender != null) {
            sender.join(TimeUnit.MINUTES.toMillis(1));
            subscriber.join(TimeUnit.MINUTES.toMillis(1));
        }
        cf.close();
    }
}
