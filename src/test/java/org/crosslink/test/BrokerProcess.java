package org.crosslink.test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.crosslink.config.Home;
import org.crosslink.config.Settings;
import org.crosslink.runtime.BusRuntime;

/**
 * The embedded broker alone in a child process, with the bus's logins and queues and no bus taking from them, so that
 * a test can kill it (SIGKILL) while it holds reports nobody has committed. Its {@code main} is the child.
 */
public final class BrokerProcess {
    private static final String READY = "broker ready";
    private final Settings settings;
    private Process process;
    private Path log;

    public BrokerProcess(Settings settings) {
        this.settings = settings;
    }

    public BrokerProcess start() throws IOException {
        String classpath = Path.of(System.getProperty("crosslink.jar", "target/crosslink.jar")).toAbsolutePath() + java.io.File.pathSeparator
                + Path.of("target/test-classes").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", classpath, BrokerProcess.class.getName()));
        for (String key : List.of("crosslink.data-dir", "crosslink.broker.core-port", "crosslink.broker.amqp-port",
                "crosslink.broker.stomp-port", "crosslink.broker.in-vm-id")) {
            command.add(key + "=" + settings.get(key));
        }
        log = settings.path("crosslink.data-dir").resolve("broker-alone.log");
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Awaitility.await().atMost(Duration.ofMinutes(1)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("the broker exited: " + Files.readString(log));
            }
            return Files.readString(log).contains(READY);
        });
        return this;
    }

    /** SIGKILL: the broker gets no chance to write anything more. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> overrides = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            overrides.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        BusRuntime.brokerAlone(Settings.load(Home.locate(Path.of("").toAbsolutePath()), Map.of(), overrides));
        System.out.println(READY);
        Thread.currentThread().join();
    }
}
