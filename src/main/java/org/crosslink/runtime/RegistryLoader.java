package org.crosslink.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.crosslink.config.Settings;
import org.crosslink.model.Coordinator;
import org.crosslink.model.Registry;
import org.crosslink.model.Source;
import org.crosslink.model.SourceKind;

/** Reads the force registry from {@code config/sources.csv} and {@code config/coordinators.csv}. */
public final class RegistryLoader {
    private RegistryLoader() {
    }

    public static Registry load(Settings s) {
        List<Source> sources = new ArrayList<>();
        for (String[] f : rows(s, "crosslink.registry.sources")) {
            sources.add(new Source(f[0], f[1], f[2], SourceKind.valueOf(f[3])));
        }
        List<Coordinator> coordinators = new ArrayList<>();
        for (String[] f : rows(s, "crosslink.registry.coordinators")) {
            coordinators.add(new Coordinator(f[0], f[1], f.length < 3 || f[2].isBlank() ? null : f[2]));
        }
        return new Registry(sources, coordinators);
    }

    private static List<String[]> rows(Settings s, String key) {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(s.home().open(s.get(key)), StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split(",", -1);
                for (int i = 0; i < f.length; i++) {
                    f[i] = f[i].trim();
                }
                out.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
