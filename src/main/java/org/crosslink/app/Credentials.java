package org.crosslink.app;

import org.crosslink.config.Settings;
import org.crosslink.runtime.BusRuntime;

/** The login a command uses: given on the command line, or from the environment, or generated in the data directory, or none. */
record Credentials(String user, String password) {
    static Credentials forSubscriber(Settings s, String subscriber, String user, String password) {
        String login = user != null ? user : subscriber;
        String pw = password != null ? password : System.getenv("CROSSLINK_PASSWORD");
        if (pw == null) {
            pw = BusRuntime.credentials(s).password(login);
        }
        if (pw == null) {
            return new Credentials(user, null);
        }
        return new Credentials(login, pw);
    }
}
