package org.crosslink.test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.crosslink.app.Crosslink;
import org.crosslink.config.Settings;
import picocli.CommandLine;

/** Runs a crosslink command in this JVM against the settings of a bus under test, capturing its output. */
public final class Cli {
    private Cli() {
    }

    public record Result(int exit, String out) {
    }

    public static Result run(Settings s, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", s.path("crosslink.data-dir").toString()));
        for (String key : List.of("crosslink.broker.core-port", "crosslink.broker.amqp-port", "crosslink.broker.stomp-port",
                "crosslink.broker.in-vm-id")) {
            all.addAll(List.of("-p", key + "=" + s.get(key)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        synchronized (Cli.class) {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            try {
                int exit = new CommandLine(new Crosslink()).execute(all.toArray(String[]::new));
                return new Result(exit, out.toString(StandardCharsets.UTF_8));
            } finally {
                System.setOut(original);
            }
        }
    }
}
