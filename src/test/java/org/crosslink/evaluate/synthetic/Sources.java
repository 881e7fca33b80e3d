package org.crosslink.evaluate.synthetic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The codes of the force registry, {@code config/sources.csv}, as the build puts it on the class path. */
public final class Sources {
    private static final String REGISTRY = "/crosslink-home/config/sources.csv";
    private static List<String> codes;

    private Sources() {
    }

    public static synchronized List<String> codes() {
        if (codes == null) {
            codes = read();
        }
        return codes;
    }

    /** Any source, each equally likely. */
    public static String any(Random rng) {
        List<String> c = codes();
        return c.get(rng.nextInt(c.size()));
    }

    private static List<String> read() {
        try (InputStream in = Sources.class.getResourceAsStream(REGISTRY)) {
            if (in == null) {
                throw new IllegalStateException("no " + REGISTRY + " on the class path: build the project first");
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("code,")) {
                    out.add(line.substring(0, line.indexOf(',')));
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
