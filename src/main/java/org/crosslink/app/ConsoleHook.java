package org.crosslink.app;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.camel.support.service.ServiceSupport;
import org.crosslink.alert.AlertState;
import org.crosslink.console.Console;
import org.crosslink.console.ConsoleServices;
import org.crosslink.console.ConsoleSettings;
import org.crosslink.model.MentionFacts;
import org.crosslink.resolve.Entity;
import org.crosslink.resolve.Mention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the coordinator's console beside a running bus ('run' and 'demo'): hands it the registry, store, audit
 * log and credentials, tells it of every published alert and committed batch, and stops it with the bus.
 */
public final class ConsoleHook {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleHook.class);

    private ConsoleHook() {
    }

    /** The console of this bus, or null when {@code crosslink.console.enabled} is false. */
    public static Console start(Bus bus) {
        BusRuntime rt = bus.runtime();
        ConsoleSettings settings = ConsoleSettings.from(rt.settings().asMap());
        if (!settings.enabled()) {
            return null;
        }
        AtomicBoolean leaseLost = new AtomicBoolean();
        rt.onLeaseLost(() -> leaseLost.set(true));
        ConsoleServices services = new ConsoleServices(rt.registry(), rt.db(), rt.audit(), rt.credentials().users(),
                probes(rt, leaseLost), id -> members(rt, id));
        // alerts published while the console loads its inbox are kept and handed over once it has started (it
        // ignores a version it already has), so that none falls between the load and the listener
        AtomicReference<Console> started = new AtomicReference<>();
        List<AlertState> early = new ArrayList<>();
        rt.relay().onPublished(p -> {
            Console c = started.get();
            if (c != null) {
                c.alertPublished(p.alert());
            } else {
                synchronized (early) {
                    early.add(p.alert());
                }
            }
        });
        Console console = Console.start(settings, services);
        started.set(console);
        synchronized (early) {
            early.forEach(console::alertPublished);
            early.clear();
        }
        rt.batchStage().onCommit(b -> console.batchCommitted(b.size(), Math.max(0, rt.clock.millis() - b.receivedAt().toEpochMilli())));
        try {
            bus.camel().addService(new ServiceSupport() {
                @Override
                protected void doStop() {
                    console.close();
                }
            }, true, true);
        } catch (Exception e) {
            console.close();
            throw new IllegalStateException("the console could not be tied to the bus: " + e.getMessage(), e);
        }
        return console;
    }

    /** The line the banner prints for the console. */
    public static void print(PrintStream out, Console console) {
        if (console != null) {
            out.printf("  console     %s (sign in with a force's or coordinator's broker login)%n", console.address());
            out.flush();
        }
    }

    /**
     * An entity's mentions as the resolver holds them. The resolver is written by the batch thread alone and read
     * here without a lock: a read that meets a change in progress is tried again, and the console checks each
     * mention against the store, which is what it shows.
     */
    private static List<ConsoleServices.Member> members(BusRuntime rt, String id) {
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                Entity<?> e = id.startsWith("L") ? rt.engine().locations().entity(id) : rt.engine().persons().entity(id);
                if (e == null) {
                    return List.of();
                }
                List<ConsoleServices.Member> out = new ArrayList<>();
                for (Object o : e.members().toArray()) {
                    Mention<?> m = (Mention<?>) o;
                    if (m != null) {
                        boolean child = m.meta() instanceof MentionFacts f && f.child();
                        out.add(new ConsoleServices.Member(m.id(), m.key().report().source(), child));
                    }
                }
                return out;
            } catch (ConcurrentModificationException | IndexOutOfBoundsException | NullPointerException e) {
                Thread.onSpinWait();
            }
        }
        return List.of();
    }

    private static ConsoleServices.Probes probes(BusRuntime rt, AtomicBoolean leaseLost) {
        return new ConsoleServices.Probes() {
            @Override
            public boolean brokerUp() {
                try (ClientSession s = rt.client().autoCommitSession()) {
                    return s.queueQuery(SimpleString.of(rt.names().deadLetter())).isExists();
                } catch (Exception e) {
                    return false;
                }
            }

            @Override
            public Map<String, Long> inboundDepths() {
                Map<String, Long> out = new LinkedHashMap<>();
                try (ClientSession s = rt.client().autoCommitSession()) {
                    for (String source : rt.registry().sourceCodes()) {
                        ClientSession.QueueQuery q = s.queueQuery(SimpleString.of(rt.names().inbound(source)));
                        if (q.isExists()) {
                            out.put(source, q.getMessageCount());
                        }
                    }
                } catch (Exception e) {
                    LOG.debug("event=console.depths-unavailable error={}", e.toString());
                }
                return out;
            }

            @Override
            public long deadLetters() {
                try (ClientSession s = rt.client().autoCommitSession()) {
                    ClientSession.QueueQuery q = s.queueQuery(SimpleString.of(rt.names().deadLetter()));
                    return q.isExists() ? q.getMessageCount() : 0;
                } catch (Exception e) {
                    return -1;
                }
            }

            @Override
            public long outboxBacklog() {
                try {
                    return rt.relay().pending();
                } catch (Exception e) {
                    return -1;
                }
            }

            @Override
            public boolean leaseHeld() {
                return !leaseLost.get();
            }
        };
    }
}
