package org.crosslink.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import jakarta.jms.Connection;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import me.tongfei.progressbar.ProgressBar;
import org.HdrHistogram.Histogram;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.crosslink.camel.Bus;
import org.crosslink.config.Settings;
import org.crosslink.messaging.Headers;
import org.crosslink.runtime.BusRuntime;
import org.crosslink.runtime.Progress;
import org.crosslink.store.Queries;

/**
 * The whole bus with every guarantee on: reports sent by force systems (JMS over TCP, one login per
 * force) to their inbound queues, processed, committed and their alerts published. Throughput runs from
 * the first send to the last report processed and the outbox drained; latency from each report's send to
 * the commit of its batch.
 */
public final class BusBenchmark {
    /** What one run measured. */
    public record Result(long reports, double seconds, double reportsPerSecond, Histogram latency, long peakHeapBytes,
                         Map<String, Long> outcomes, long alertsReceived) {
    }

    private BusBenchmark() {
    }

    public static Result run(Bus bus, List<String> lines, ReportGenerator generator, int producers, double rate) throws Exception {
        BusRuntime rt = bus.runtime();
        Settings s = rt.settings();
        Queries queries = new Queries(rt.db());
        Map<String, List<String>> bySource = new HashMap<>();
        for (String line : lines) {
            bySource.computeIfAbsent(generator.sourceOf(line), k -> new ArrayList<>()).add(line);
        }
        List<List<String>> shares = new ArrayList<>();
        for (int i = 0; i < producers; i++) {
            shares.add(new ArrayList<>());
        }
        int i = 0;
        for (String source : bySource.keySet()) {
            shares.get(i++ % producers).add(source);
        }
        String url = "tcp://" + s.get("crosslink.broker.host") + ":" + s.get("crosslink.broker.core-port");
        try (AlertDrain drain = AlertDrain.start(url, rt)) {
            return measure(rt, queries, lines, bySource, shares, url, rate <= 0 ? 0 : rate / producers, drain);
        }
    }

    private static Result measure(BusRuntime rt, Queries queries, List<String> lines, Map<String, List<String>> bySource,
                                  List<List<String>> shares, String url, double perProducerRate, AlertDrain drain)
            throws Exception {
        Map<String, Long> before = queries.counts();
        PeakHeap heap = new PeakHeap();
        heap.start();
        rt.latency().takeAndReset();
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        AtomicLong failures = new AtomicLong();
        for (List<String> share : shares) {
            Thread t = new Thread(() -> {
                try {
                    produce(url, rt, share, bySource, perProducerRate);
                } catch (Exception e) {
                    failures.incrementAndGet();
                    e.printStackTrace();
                }
            }, "bench-producer");
            t.start();
            threads.add(t);
        }
        long n = lines.size();
        try (ProgressBar bar = Progress.bar("bus", n)) {
            long done = 0;
            while (done < n) {
                Thread.sleep(50);
                done = processed(queries.counts(), before);
                bar.stepTo(done);
                if (failures.get() > 0) {
                    throw new IllegalStateException("a producer failed");
                }
            }
        }
        for (Thread t : threads) {
            t.join();
        }
        while (rt.relay().pending() > 0) {
            Thread.sleep(20);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        heap.stop();
        Map<String, Long> after = queries.counts();
        Map<String, Long> delta = new HashMap<>();
        after.forEach((k, v) -> delta.put(k, v - before.getOrDefault(k, 0L)));
        return new Result(n, seconds, n / seconds, rt.latency().takeAndReset(), heap.peak(), delta, drain.received());
    }

    private static void produce(String url, BusRuntime rt, List<String> sources, Map<String, List<String>> bySource, double rate)
            throws Exception {
        List<String[]> work = new ArrayList<>();
        for (String source : sources) {
            for (String line : bySource.get(source)) {
                work.add(new String[] {source, line});
            }
        }
        Collections.shuffle(work, new Random(sources.hashCode()));
        Map<String, Session> sessions = new HashMap<>();
        Map<String, MessageProducer> senders = new HashMap<>();
        List<Connection> connections = new ArrayList<>();
        ActiveMQConnectionFactory cf = new ActiveMQConnectionFactory(url);
        long start = System.nanoTime();
        try {
            int sent = 0;
            for (String[] w : work) {
                Session session = sessions.get(w[0]);
                if (session == null) {
                    Connection c = cf.createConnection(w[0], rt.credentials().password(w[0]));
                    connections.add(c);
                    session = c.createSession(true, Session.SESSION_TRANSACTED);
                    sessions.put(w[0], session);
                    senders.put(w[0], session.createProducer(session.createQueue(rt.names().inbound(w[0]))));
                }
                if (rate > 0) {
                    long due = start + (long) (sent / rate * 1e9);
                    while (System.nanoTime() < due) {
                        LockSupport.parkNanos(Math.max(1000, due - System.nanoTime()));
                    }
                }
                TextMessage m = session.createTextMessage(w[1]);
                m.setLongProperty(Headers.SENT_AT, System.currentTimeMillis());
                senders.get(w[0]).send(m);
                // paced runs commit each report: a force system at a steady rate sends as reports come
                if (rate > 0 || ++sent % 100 == 0) {
                    session.commit();
                }
                if (rate > 0) {
                    sent++;
                }
            }
            for (Session session : sessions.values()) {
                session.commit();
            }
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    static long processed(Map<String, Long> now, Map<String, Long> before) {
        long n = 0;
        for (Map.Entry<String, Long> e : now.entrySet()) {
            n += e.getValue() - before.getOrDefault(e.getKey(), 0L);
        }
        return n;
    }

    /** The highest heap use seen, sampled every 100 ms. */
    static final class PeakHeap {
        private volatile boolean running = true;
        private volatile long peak;
        private final Thread thread = new Thread(() -> {
            while (running) {
                peak = Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-heap");

        void start() {
            thread.setDaemon(true);
            thread.start();
        }

        void stop() {
            running = false;
        }

        long peak() {
            return peak;
        }
    }
}
