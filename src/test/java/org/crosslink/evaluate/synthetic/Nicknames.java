package org.crosslink.evaluate.synthetic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** English diminutives (Bill for William, Peggy for Margaret) from {@code nicknames.csv}: name1,has_nickname,name2. */
final class Nicknames {
    private final Map<String, List<String>> byName = new HashMap<>();

    Nicknames(List<String[]> rows) {
        for (String[] r : rows) {
            if (r.length == 3 && r[1].equals("has_nickname") && !r[0].equals(r[2])) {
                byName.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[2]);
            }
        }
    }

    /** A nickname of the name, written in the name's case (Bill, BILL), or null when it has none. */
    String of(String name, Random rng) {
        List<String> nicks = byName.get(name.toLowerCase(Locale.ROOT));
        if (nicks == null) {
            return null;
        }
        String nick = nicks.get(rng.nextInt(nicks.size()));
        if (name.equals(name.toUpperCase(Locale.ROOT))) {
            return nick.toUpperCase(Locale.ROOT);
        }
        if (name.equals(name.toLowerCase(Locale.ROOT))) {
            return nick;
        }
        return Lists.capitalise(nick);
    }
}
