package org.crosslink.test;

import java.util.LinkedHashMap;
import java.util.Map;

import org.crosslink.config.Settings;

/** One logged-in client per source or coordinator, opened on first use, closed together. */
public final class Clients implements AutoCloseable {
    private final Settings settings;
    private final Map<String, ForceClient> open = new LinkedHashMap<>();

    public Clients(Settings settings) {
        this.settings = settings;
    }

    public ForceClient as(String login) {
        return open.computeIfAbsent(login, l -> {
            try {
                return ForceClient.as(settings, l);
            } catch (Exception e) {
                throw new IllegalStateException("cannot log in as " + l, e);
            }
        });
    }

    /** Sends a report as its source, to the source's inbound queue. */
    public void send(String source, String report) {
        try {
            as(source).sendText("intel.inbound." + source, report);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws Exception {
        for (ForceClient c : open.values()) {
            c.close();
        }
        open.clear();
    }
}
