package org.crosslink.app;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.logging.log4j.LogManager;
import org.crosslink.camel.Bus;
import org.crosslink.config.Settings;
import org.crosslink.console.Console;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Runs the bus until it is asked to stop. */
@Command(name = "run", mixinStandardHelpOptions = true,
        header = "Start the bus.",
        description = {"Start the bus: the embedded Artemis broker (unless crosslink.broker.url is set), the database,",
                "and the routes. Runs until SIGTERM or Ctrl-C, then stops taking reports, finishes the batch in",
                "flight and exits. On a shared PostgreSQL, a second instance stands by until the first stops; an",
                "instance that lost its lease to another stops taking reports and exits with code 3."})
public final class RunCommand implements Callable<Integer> {
    /** The exit code when this instance stopped because another took over the resolver lease. */
    static final int LEASE_LOST = 3;
    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        Settings settings = common.settings();
        Bus bus = new Bus(settings).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            bus.close();
            // logging was kept alive for the shutdown (log4j2.xml disables its own hook); flush it last
            LogManager.shutdown();
            stopped.countDown();
        }, "crosslink-shutdown"));
        // another instance took over the resolver lease: exit, for a supervisor to start this one again as a standby
        AtomicInteger exit = new AtomicInteger();
        bus.runtime().onLeaseLost(() -> {
            exit.set(LEASE_LOST);
            stopped.countDown();
        });
        // the console starts once the lease listener is in place: a lease lost while it starts must still end the command
        Console console = ConsoleHook.start(bus);
        Banner.print(System.out, bus.runtime());
        ConsoleHook.print(System.out, console);
        stopped.await();
        if (exit.get() == LEASE_LOST) {
            bus.close();
        }
        return exit.get();
    }
}
