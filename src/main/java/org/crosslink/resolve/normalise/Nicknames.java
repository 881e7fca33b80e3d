package org.crosslink.resolve.normalise;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Given names that are nicknames, diminutives or romanisations of one another: Ted and Edward, Kasia and
 * Katarzyna, Sasha and Oleksandr, Muhammad and Mohammed. Read from lists of {@code name,has_nickname,variant}
 * rows: each name with its variants is a group, and two names are related when one group holds both, so that
 * Ted and Ned (both Edward) are related and Alexander and Albert (who share only Al) are not.
 * Immutable once built; names are looked up as {@link Names#normalise} leaves them, spaces removed.
 */
public final class Nicknames {
    private static final int[] NONE = new int[0];
    private final Map<String, int[]> groups;
    /** Each group's initial: the first letter of the name it was read for (Margaret's, for Gretta and Peggy). */
    private final char[] initials;

    private Nicknames(Map<String, int[]> groups, char[] initials) {
        this.groups = groups;
        this.initials = initials;
    }

    public static Nicknames none() {
        return new Nicknames(Map.of(), new char[0]);
    }

    /**
     * Builds the table from rows of three columns (name, relationship, variant); a header row and lines starting
     * with {@code #} are skipped by the caller or here.
     */
    public static Nicknames of(List<String[]> rows) {
        Map<String, Integer> canonical = new HashMap<>();
        Map<String, int[]> groups = new HashMap<>();
        for (String[] row : rows) {
            if (row.length < 3 || row[0].startsWith("#") || row[1].trim().equals("relationship")) {
                continue;
            }
            String name = key(row[0]);
            String variant = key(row[2]);
            if (name == null || variant == null || name.equals(variant)) {
                continue;
            }
            int group = canonical.computeIfAbsent(name, n -> canonical.size());
            add(groups, name, group);
            add(groups, variant, group);
        }
        char[] initials = new char[canonical.size()];
        canonical.forEach((name, group) -> initials[group] = name.charAt(0));
        return new Nicknames(Map.copyOf(groups), initials);
    }

    private static void add(Map<String, int[]> groups, String name, int group) {
        int[] old = groups.getOrDefault(name, NONE);
        for (int g : old) {
            if (g == group) {
                return;
            }
        }
        int[] grown = Arrays.copyOf(old, old.length + 1);
        grown[old.length] = group;
        Arrays.sort(grown);
        groups.put(name, grown);
    }

    private static String key(String raw) {
        return Names.compact(Names.normalise(raw));
    }

    /** Whether two different normalised names are nicknames, diminutives or spellings of one name. */
    public boolean related(String a, String b) {
        if (a == null || b == null || groups.isEmpty()) {
            return false;
        }
        int[] ga = groupsFor(a);
        int[] gb = ga.length == 0 ? NONE : groupsFor(b);
        // both sorted: a merge walk
        int i = 0;
        int j = 0;
        while (i < ga.length && j < gb.length) {
            if (ga[i] == gb[j]) {
                return true;
            }
            if (ga[i] < gb[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    /**
     * Whether a name is a nickname or a form of a name with this initial: Gretta of Margaret for M., Bert of Albert
     * for A. (and of Robert for R.), as a clerk who writes an initial writes the name the person was registered under.
     */
    public boolean formOfInitial(String name, char initial) {
        for (int group : groupsFor(name)) {
            if (initials[group] == initial) {
                return true;
            }
        }
        return false;
    }

    /**
     * The groups a name belongs to, as numbers that stand for them in blocking keys (Jamie and James share one), or
     * none for a name the table does not know. Numbers are this table's own: not to be stored.
     */
    public int[] groupsOf(String name) {
        int[] g = groupsFor(name);
        return g.length == 0 ? NONE : g.clone(); // most names are in no group: nothing to copy
    }

    /** The table's own sorted array of a name's groups, or none: not to leave this class. */
    private int[] groupsFor(String name) {
        return name == null ? NONE : groups.getOrDefault(Names.compact(name), NONE);
    }

    /** How many names the table knows. */
    public int size() {
        return groups.size();
    }
}
