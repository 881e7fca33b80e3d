package org.crosslink.app;

import org.crosslink.config.Settings;

/** The login a command uses: given on the command line, or from the environment, or none. */
record Credentials(String user, String password) {
    static Credentials forSubscriber(Settings s, String subscriber, String user, String password) {
        String pw = password != null ? password : System.getenv("CROSSLINK_PASSWORD");
        if (pw == null) {
            return new Credentials(user, null);
        }
        return new Credentials(user != null ? user : subscriber, pw);
    }
}
