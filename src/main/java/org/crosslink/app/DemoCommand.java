package org.crosslink.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.apache.logging.log4j.LogManager;
import org.crosslink.camel.Bus;
import org.crosslink.config.Settings;
import org.crosslink.console.Console;
import org.crosslink.messaging.AlertSubscription;
import org.crosslink.messaging.EmbeddedBroker;
import org.crosslink.messaging.ReportSender;
import org.crosslink.runtime.BusRuntime;
import org.crosslink.store.Json;
import org.crosslink.store.Queries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

/** Starts the bus, feeds it a short story from four forces and the NCA, and prints what the coordinators are told. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        header = "Start the bus, feed it a story told by several forces and print the alerts coordinators receive.",
        description = {"Start the bus on its embedded default, feed it a story told by reports from several forces and",
                "the NCA (a victim arrested in another force, a suspect spelled two ways, a premature closure, a car",
                "wash known to three sources, a child), print every alert the NCA's coordinators receive, then keep",
                "running until Ctrl-C."})
public final class DemoCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--pause-ms", description = "Pause between reports, so the story can be followed (default: ${DEFAULT-VALUE}).")
    long pauseMs = 600;

    @Option(names = "--exit", description = "Stop once the story is told instead of running on; the broker then opens no port (in-VM only) and no console starts.")
    boolean exit;

    @Override
    public Integer call() throws Exception {
        // told and gone (--exit), the story needs no port, and runs beside a bus that holds them; running on, it invites subscribers
        Settings settings = exit ? common.settings().with(Map.of(EmbeddedBroker.NETWORK, "false")) : common.settings();
        Bus bus = new Bus(settings).start();
        BusRuntime rt = bus.runtime();
        // nor a console: its port may be a running bus's too
        Console console = exit ? null : ConsoleHook.start(bus);
        Banner.print(System.out, rt);
        ConsoleHook.print(System.out, console);
        AlertPrinter printer = new AlertPrinter(System.out, true);
        AlertSubscription watch = AlertSubscription.watch(rt.client(), rt.names().subscriptionFqqn("NCA-MSHT"), printer::print);
        System.out.printf("%nThe NCA's MSHT coordinators are subscribed. The story begins.%n");
        Map<String, Long> before = new Queries(rt.db()).counts();
        List<String> story = story();
        try (ReportSender sender = rt.reportSender("MET", 1)) {
            for (String line : story) {
                JsonNode r = Json.MAPPER.readTree(line);
                System.out.printf("%n>>> %s sends %s revision %d: %s%n", r.path("source").asString(), r.path("reportId").asString(),
                        r.path("revision").asInt(), r.path("narrative").asString());
                sender.send(line);
                Thread.sleep(pauseMs);
            }
        }
        Thread.sleep(Math.max(1000, pauseMs));
        Map<String, Long> after = new Queries(rt.db()).counts();
        System.out.printf("%nThe story is told: %d reports accepted, %d duplicates; %d persons and %d places known.%n",
                after.getOrDefault("ACCEPTED", 0L) - before.getOrDefault("ACCEPTED", 0L),
                after.getOrDefault("DUPLICATE", 0L) - before.getOrDefault("DUPLICATE", 0L),
                rt.engine().persons().entityCount(), rt.engine().locations().entityCount());
        if (exit) {
            watch.close();
            bus.close();
            return 0;
        }
        System.out.println("The bus keeps running: send your own reports, or run 'subscribe --as MET --pretty'. Ctrl-C stops it.");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            bus.close();
            // logging was kept alive for the shutdown (log4j2.xml disables its own hook); flush it last
            LogManager.shutdown();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    static List<String> story() throws Exception {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                DemoCommand.class.getResourceAsStream("/demo/story.jsonl"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }
}
