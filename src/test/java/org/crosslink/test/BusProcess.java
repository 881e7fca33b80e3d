package org.crosslink.test;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.crosslink.config.Settings;
import org.crosslink.runtime.RuntimeSettings;

/** The real jar run as a child process ('crosslink run'), on the data directory and ports of a test's settings. */
public final class BusProcess {
    private final Settings settings;
    private final Path logs;
    private Process process;
    private int starts;

    public BusProcess(Settings settings) {
        this.settings = settings;
        this.logs = settings.path("crosslink.data-dir");
    }

    public BusProcess start() throws IOException {
        Path jar = Path.of(System.getProperty("crosslink.jar", "target/crosslink.jar"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-jar", jar.toAbsolutePath().toString(), "run", "--data-dir", logs.toString()));
        for (String key : List.of("crosslink.broker.core-port", "crosslink.broker.amqp-port", "crosslink.broker.stomp-port",
                "crosslink.intake.idle-wait-ms", "crosslink.console.port", "crosslink.model.auto-train")) {
            command.addAll(List.of("-p", key + "=" + settings.get(key)));
        }
        Path log = logs.resolve("bus-" + (++starts) + ".log");
        process = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("the bus exited: " + Files.readString(log));
            }
            return Files.readString(log).contains("crosslink is running");
        });
        return this;
    }

    /** SIGKILL: no shutdown hook, no last commit. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
    }

    /** SIGTERM: the bus stops taking reports, finishes the batch in flight, flushes the outbox. Returns the exit code. */
    public int terminate(Duration within) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the bus did not stop within " + within);
        }
        return process.exitValue();
    }

    /** The exit code of a bus that has ended (one that did not start, say). */
    public int exitCode() {
        return process.exitValue();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public boolean portOpen() {
        try (Socket s = new Socket("127.0.0.1", Integer.parseInt(settings.get("crosslink.broker.core-port")))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The running bus's embedded database, through the server it opens for commands (its port is in the data directory). */
    public static String databaseUrl(Settings settings) throws IOException {
        Path portFile = settings.path("crosslink.data-dir").resolve("db/crosslink.server");
        return "jdbc:h2:tcp://127.0.0.1:" + Files.readString(portFile).trim() + "/crosslink";
    }

    /** The embedded database's password, which the bus generated into its data directory. */
    public static String databasePassword(Settings settings) {
        return RuntimeSettings.databasePassword(settings);
    }

    public String log(int start) throws IOException {
        return Files.readString(logs.resolve("bus-" + start + ".log"));
    }
}
