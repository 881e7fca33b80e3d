package org.crosslink.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;

import org.crosslink.camel.Bus;
import org.crosslink.config.SecretFile;
import org.crosslink.runtime.BusRuntime;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.Test;

class BusLifecycleTest {

    @Test
    void aClosedBusIsReleasedOnceAnotherHasRunAfterIt() {
        WeakReference<BusRuntime> first = runAndClose();
        // Camel keeps the last context it started in a static (SimpleLanguage.SIMPLE): a second bus takes its place
        runAndClose();

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> {
            System.gc();
            return first.get() == null;
        });
        assertThat(first.get()).as("the first bus's runtime, after it was closed").isNull();
    }

    @Test
    void closingTwiceIsHarmless() {
        Bus bus = new Bus(TestSettings.create(TestSettings.newDataDir("lifecycle"), Map.of())).start();
        bus.close();
        bus.close();
        assertThat(bus.camel().isStopped()).isTrue();
    }

    @Test
    void aBusWhoseAuditKeyDidNotWriteTheLogRefusesToStartAndSaysWhichSetting() {
        Path dir = TestSettings.newDataDir("lifecycle-key");
        Path keyFile = dir.resolve("security/audit.key");
        new Bus(TestSettings.create(dir, Map.of())).start().close();
        String key = SecretFile.read(keyFile);
        // a second instance of a pair, started without the first one's key file: it made up a key of its own
        SecretFile.write(keyFile, HexFormat.of().formatHex(SecretFile.randomBytes(32)) + "\n");

        assertThatThrownBy(() -> new Bus(TestSettings.create(dir, Map.of())).start())
                .hasStackTraceContaining("the audit key (crosslink.audit.key) is not the key this audit log was written with");

        SecretFile.write(keyFile, key + "\n");
        Bus again = new Bus(TestSettings.create(dir, Map.of())).start();
        assertThat(again.camel().isStarted()).as("with the key that wrote the log").isTrue();
        again.close();
    }

    private static WeakReference<BusRuntime> runAndClose() {
        Bus bus = new Bus(TestSettings.create(TestSettings.newDataDir("lifecycle"), Map.of())).start();
        WeakReference<BusRuntime> runtime = new WeakReference<>(bus.runtime());
        bus.close();
        return runtime;
    }
}
