package org.crosslink.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where crosslink finds {@code config/} and {@code routes/}: the folder given by {@code --home} or
 * {@code CROSSLINK_HOME}, else the working directory when it has a {@code config/}, else the copies
 * bundled in the jar. A file in the home folder always wins over the bundled copy.
 */
public final class Home {
    private static final String BUNDLED = "crosslink-home/";
    private final Path dir;

    private Home(Path dir) {
        this.dir = dir;
    }

    public static Home locate(Path explicit) {
        if (explicit != null) {
            return new Home(explicit.toAbsolutePath().normalize());
        }
        String env = System.getenv("CROSSLINK_HOME");
        if (env != null && !env.isBlank()) {
            return new Home(Path.of(env).toAbsolutePath().normalize());
        }
        Path cwd = Path.of("").toAbsolutePath();
        if (Files.isRegularFile(cwd.resolve("config/application.properties"))) {
            return new Home(cwd);
        }
        return new Home(null);
    }

    /** The home folder, or null when running on the bundled configuration. */
    public Path dir() {
        return dir;
    }

    /** A file of the home, as a URL: the home's own file if it has one, else the bundled copy. */
    public URL url(String relative) {
        try {
            if (dir != null) {
                Path p = dir.resolve(relative);
                if (Files.exists(p)) {
                    return p.toUri().toURL();
                }
            }
            URL bundled = Home.class.getClassLoader().getResource(BUNDLED + relative);
            if (bundled == null) {
                throw new IllegalStateException("no " + relative + " in " + describe() + " nor in the jar");
            }
            return bundled;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public InputStream open(String relative) {
        try {
            return url(relative).openStream();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + relative, e);
        }
    }

    /** The pattern Camel Main loads the routes with. */
    public String routesPattern() {
        if (dir != null && Files.isDirectory(dir.resolve("routes"))) {
            return "file:" + dir.resolve("routes") + "/*.camel.yaml";
        }
        return "classpath:" + BUNDLED + "routes/*.camel.yaml";
    }

    /** Where a file of the home is read from: the home's own file, or the bundled copy. */
    public String describe(String relative) {
        if (dir != null && Files.exists(dir.resolve(relative))) {
            return dir.resolve(relative).toString();
        }
        return "the bundled " + relative;
    }

    /** The copy of a file bundled in the jar, whatever the home holds: the defaults. */
    public static InputStream bundled(String relative) {
        InputStream in = Home.class.getClassLoader().getResourceAsStream(BUNDLED + relative);
        if (in == null) {
            throw new IllegalStateException("no bundled " + relative + " in the jar");
        }
        return in;
    }

    public String describe() {
        return dir == null ? "the bundled configuration" : dir.toString();
    }
}
