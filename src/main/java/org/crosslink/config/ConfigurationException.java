package org.crosslink.config;

/**
 * Configuration that crosslink cannot run with (an unknown setting, a port another process holds): the message
 * says what is wrong, where, and what to change. The command line prints it without a stack trace.
 */
public final class ConfigurationException extends RuntimeException {
    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The configuration problem behind a failure, if there is one in its causes. */
    public static ConfigurationException in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConfigurationException c) {
                return c;
            }
        }
        return null;
    }
}
