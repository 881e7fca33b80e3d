package org.crosslink.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.Map;

import org.crosslink.camel.Bus;
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

    private static WeakReference<BusRuntime> runAndClose() {
        Bus bus = new Bus(TestSettings.create(TestSettings.newDataDir("lifecycle"), Map.of())).start();
        WeakReference<BusRuntime> runtime = new WeakReference<>(bus.runtime());
        bus.close();
        return runtime;
    }
}
