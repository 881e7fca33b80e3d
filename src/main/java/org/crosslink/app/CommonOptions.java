package org.crosslink.app;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.crosslink.config.ConfigurationException;
import org.crosslink.config.Home;
import org.crosslink.config.Settings;
import picocli.CommandLine.Option;

/** Options every command that touches state or configuration takes. */
public final class CommonOptions {
    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where the broker journal and the database live (default: ./data, or crosslink.data-dir).")
    Path dataDir;

    @Option(names = "--home", paramLabel = "DIR", description = "The folder holding config/ and routes/ (default: CROSSLINK_HOME, else the working directory, else the bundled copies).")
    Path home;

    @Option(names = {"-p", "--property"}, paramLabel = "KEY=VALUE", description = "Overrides a configuration value; may be repeated.")
    Map<String, String> properties = new LinkedHashMap<>();

    /** The settings: application.properties, then environment, then --property, then --data-dir. */
    public Settings settings() {
        for (String key : properties.keySet()) {
            if (key.endsWith("password")) {
                throw new ConfigurationException("a password is not given on the command line, where every user of this machine "
                        + "can read it in the process list: set " + Settings.envName(key) + " in the environment, or "
                        + key + "-file to a file readable by you only");
            }
        }
        Map<String, String> overrides = new LinkedHashMap<>(properties);
        if (dataDir != null) {
            overrides.put("crosslink.data-dir", dataDir.toString());
        }
        return Settings.load(Home.locate(home), System.getenv(), overrides);
    }
}
