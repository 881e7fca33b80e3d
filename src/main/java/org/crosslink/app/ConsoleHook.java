package org.crosslink.app;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.crosslink.alert.AlertState;
import org.crosslink.camel.Bus;
import org.crosslink.console.Console;
import org.crosslink.console.ConsoleServices;
import org.crosslink.console.ConsoleSettings;
import org.crosslink.messaging.BrokerProbe;
import org.crosslink.model.MentionFacts;
import org.crosslink.resolve.Entity;
import org.crosslink.resolve.Mention;
import org.crosslink.runtime.BusRuntime;

/**
 * Starts the coordinator's console beside a running bus ('run' and 'demo'): hands it the registry, store, audit
 * log and credentials, tells it of every published alert and committed batch, and stops it with the bus.
 */
public final class ConsoleHook {
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
        ConsoleServices services = new ConsoleServices(rt.registry(), rt.db(), rt.audit(), rt.credentials()::verify,
                probes(rt, leaseLost), id -> members(rt, id));
        // alerts published while the console loads its inbox are kept and handed over once it has started (it
        // ignores a version it already has), so that none falls between the load and the listener
        AtomicReference<Console> started = new AtomicReference<>();
        List<AlertState> early = new ArrayList<>();
        rt.relay().onPublished(p -> {
            Console c;
            synchronized (early) {
                c = started.get();
                if (c == null) {
                    early.add(p.alert());
                    return;
                }
            }
            c.alertPublished(p.alert());
        });
        Console console = Console.start(settings, services);
        synchronized (early) {
            started.set(console);
            early.forEach(console::alertPublished);
            early.clear();
        }
        rt.batchStage().onCommit(b -> console.batchCommitted(b.size(), Math.max(0, System.currentTimeMillis() - b.receivedAt().toEpochMilli())));
        try {
            bus.closeWith(console);
        } catch (RuntimeException e) {
            console.close();
            throw e;
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
        BrokerProbe broker = new BrokerProbe(rt.client(), rt.names());
        return new ConsoleServices.Probes() {
            @Override
            public boolean brokerUp() {
                return broker.up();
            }

            @Override
            public Map<String, Long> inboundDepths() {
                return broker.inboundDepths(rt.registry().sourceCodes());
            }

            @Override
            public long deadLetters() {
                return broker.deadLetters();
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
