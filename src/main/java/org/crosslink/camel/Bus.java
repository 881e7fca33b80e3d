package org.crosslink.camel;

import java.util.Properties;

import org.apache.camel.CamelContext;
import org.apache.camel.PropertyBindingException;
import org.apache.camel.main.Main;
import org.apache.camel.main.SimpleMainShutdownStrategy;
import org.apache.camel.support.service.ServiceSupport;
import org.crosslink.config.ConfigurationException;
import org.crosslink.config.Settings;
import org.crosslink.runtime.BusRuntime;

/**
 * The bus as a running Camel application: Camel Main with the routes from {@code routes/} and the
 * {@link BusConfiguration} wiring. {@link #start()} returns; {@link #close()} stops it gracefully, and so does
 * the JVM's shutdown (SIGTERM, Ctrl-C) while it runs.
 * <p>
 * The bus owns its shutdown hook and removes it when closed. Camel Main's default strategy installs a hook
 * it never removes (even with hang-up support disabled), and that hook kept every closed bus reachable, with
 * its resolution index and broker, in a JVM that goes on running (the bench's later steps, the test JVM).
 */
public final class Bus implements AutoCloseable {
    private final Main main = new Main();
    private final BusConfiguration configuration;
    private final Thread stopOnExit = new Thread(this::close, "crosslink-bus-stop");
    private boolean closed;

    public Bus(Settings settings) {
        configuration = new BusConfiguration(settings);
        Properties props = new Properties();
        props.putAll(settings.asMap());
        main.setShutdownStrategy(new SimpleMainShutdownStrategy());
        main.setDefaultPropertyPlaceholderLocation("false");
        main.setInitialProperties(props);
        main.configure().addConfiguration(configuration);
        main.configure().withRoutesIncludePattern(settings.home().routesPattern());
    }

    public Bus start() {
        try {
            main.start();
        } catch (Exception e) {
            PropertyBindingException refused = refusedSetting(e);
            if (refused != null) {
                throw new ConfigurationException("unknown setting " + refused.getOptionPrefix() + refused.getOptionKey()
                        + ": camel.* settings are Camel Main's options, and Camel has none of that name", e);
            }
            throw new IllegalStateException("the bus did not start: " + e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        return this;
    }

    /** Camel Main refuses a camel.* setting it does not have: the setting, if that is why the bus did not start. */
    private static PropertyBindingException refusedSetting(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PropertyBindingException p && p.getOptionPrefix() != null && p.getOptionKey() != null) {
                return p;
            }
        }
        return null;
    }

    public BusRuntime runtime() {
        return configuration.runtime();
    }

    public CamelContext camel() {
        return main.getCamelContext();
    }

    /**
     * Closes {@code part} when the bus stops, before the runtime it depends on (Camel stops its services in the
     * reverse order of their adding, and the runtime was added as the bus was configured): something started beside
     * a running bus, such as the console.
     */
    public void closeWith(AutoCloseable part) {
        try {
            camel().addService(new ServiceSupport() {
                @Override
                protected void doStop() throws Exception {
                    part.close();
                }
            }, true, true);
        } catch (Exception e) {
            throw new IllegalStateException("cannot tie " + part + " to the bus: " + e.getMessage(), e);
        }
    }

    /** Stops the bus gracefully; a second call, from another thread or the shutdown hook, waits for the first. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // the JVM is already shutting down (this may be the hook itself), or the bus never started
        }
        try {
            main.stop();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
