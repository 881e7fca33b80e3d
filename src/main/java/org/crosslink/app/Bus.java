package org.crosslink.app;

import java.util.Properties;

import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;

/**
 * The bus as a running Camel application: Camel Main with the routes from {@code routes/} and the
 * {@link BusConfiguration} wiring. {@link #run()} blocks until SIGTERM; {@link #start()} returns, for
 * commands that use the bus and then stop it.
 */
public final class Bus implements AutoCloseable {
    private final Main main = new Main();
    private final BusConfiguration configuration;

    public Bus(Settings settings) {
        configuration = new BusConfiguration(settings);
        Properties props = new Properties();
        props.putAll(settings.asMap());
        main.setDefaultPropertyPlaceholderLocation("false");
        main.setInitialProperties(props);
        main.configure().addConfiguration(configuration);
        main.configure().withRoutesIncludePattern(settings.home().routesPattern());
    }

    public Bus start() {
        try {
            main.start();
        } catch (Exception e) {
            throw new IllegalStateException("the bus did not start: " + e.getMessage(), e);
        }
        return this;
    }

    /** Runs until the process is asked to stop (SIGTERM, Ctrl-C); stops gracefully. */
    public void run() throws Exception {
        main.run();
    }

    public BusRuntime runtime() {
        return configuration.runtime();
    }

    public CamelContext camel() {
        return main.getCamelContext();
    }

    @Override
    public void close() {
        try {
            main.stop();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
