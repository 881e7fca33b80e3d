package org.crosslink.camel;

import java.util.Properties;

import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.support.service.ServiceSupport;
import org.crosslink.config.Settings;
import org.crosslink.runtime.BusRuntime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the bus into Camel: starts the {@link BusRuntime}, binds the stage beans the routes call by name,
 * registers the {@code crosslink-inbound} component, and makes every setting a {@code {{placeholder}}}.
 * The runtime is a Camel service, so it is closed after the routes have stopped.
 */
public final class BusConfiguration implements CamelConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(BusConfiguration.class);
    private final Settings settings;
    private BusRuntime runtime;
    private CamelContext camel;

    public BusConfiguration(Settings settings) {
        this.settings = settings;
    }

    @Override
    public void configure(CamelContext context) throws Exception {
        Properties props = new Properties();
        props.putAll(settings.asMap());
        context.getPropertiesComponent().setOverrideProperties(props);
        camel = context;
        runtime = BusRuntime.start(settings);
        context.getRegistry().bind("intake", runtime.intakeStage());
        context.getRegistry().bind("dedupe", runtime.dedupeStage());
        context.getRegistry().bind("resolver", runtime.resolveStage());
        context.getRegistry().bind("assessor", runtime.assessStage());
        context.getRegistry().bind("batches", runtime.batchStage());
        context.getRegistry().bind("eraser", runtime.eraseStage());
        context.getRegistry().bind("models", runtime.modelStage());
        context.getRegistry().bind("outbox", runtime.relay());
        context.addComponent("crosslink-inbound", new InboundComponent(runtime.inbound(), runtime.batchStage(), runtime.retryPolicy()));
        context.addService(new ServiceSupport() {
            @Override
            protected void doStop() {
                // the routes have stopped and the last batch has committed: publish what it left in the outbox
                try {
                    runtime.relay().publish(0);
                } catch (Exception e) {
                    LOG.warn("event=outbox.flush-failed error={}", e.toString());
                }
                runtime.close();
            }
        }, true, true);
    }

    /** The Camel context the bus runs in, once configured. */
    public CamelContext camel() {
        return camel;
    }

    /** The runtime, once Camel has configured it. */
    public BusRuntime runtime() {
        return runtime;
    }
}
