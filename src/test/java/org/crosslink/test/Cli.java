package org.crosslink.test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.crosslink.app.Crosslink;
import org.crosslink.config.Settings;

/** Runs a crosslink command in this JVM against the settings of a bus under test, capturing its output. */
public final class Cli {
    private Cli() {
    }

    /** The exit code, and what the command printed on standard output and standard error. */
    public record Result(int exit, String out, String err) {
    }

    public static Result run(Settings s, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", s.path("crosslink.data-dir").toString()));
        for (String key : List.of("crosslink.broker.core-port", "crosslink.broker.amqp-port", "crosslink.broker.stomp-port",
                "crosslink.broker.in-vm-id")) {
            all.addAll(List.of("-p", key + "=" + s.get(key)));
        }
        // the bus's database (PostgreSQL when the test names one): the command reads the bus's answers from it
        for (String key : List.of("crosslink.db.url", "crosslink.db.user", "crosslink.db.password")) {
            if (!s.get(key, "").isBlank()) {
                all.addAll(List.of("-p", key + "=" + s.get(key)));
            }
        }
        return run(all.toArray(String[]::new));
    }

    /** Runs a command line exactly as given, as {@code java -jar crosslink.jar} would. */
    public static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        PrintStream original = System.out;
        synchronized (Cli.class) {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            try {
                int exit = Crosslink.commandLine().setErr(new PrintWriter(err, true)).execute(args);
                return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString());
            } finally {
                System.setOut(original);
            }
        }
    }
}
