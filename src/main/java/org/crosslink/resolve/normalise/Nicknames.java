package org.crosslink.resolve.normalise;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Given names that are nicknames, diminutives or romanisations of one another: Ted and Edward, Kasia and
 * Katarzyna, Sasha and Oleksandr, Muhammad and Mohammed. Read from lists of {@code name,has_nickname,variant} rows
 * ({@code has_form} for the name in another language or romanisation, Nikolai of Mykola): each name with its
 * variants is a group, and two names are related when one group holds both, so that Ted and Ned (both Edward) are
 * related and Alexander and Albert (who share only Al) are not.
 * Immutable once built; names are looked up as {@link Names#normalise} leaves them, spaces removed.
 */
public final class Nicknames {
    private static final int[] NONE = new int[0];
    private final Map<String, int[]> groups;
    /**
     * Each group's initials, one bit a letter: the first letter of the name it was read for (Margaret's, for Gretta
     * and Peggy) and of its forms in other languages and romanisations (Mykola's and Nikolai's, for Kolya).
     */
    private final int[] initials;

    private Nicknames(Map<String, int[]> groups, int[] initials) {
        this.groups = groups;
        this.initials = initials;
    }

    public static Nicknames none() {
        return new Nicknames(Map.of(), new int[0]);
    }

    /**
     * Builds the table from rows of three columns (name, relationship, variant); a header row and lines starting
     * with {@code #} are skipped by the caller or here.
     */
    public static Nicknames of(List<String[]> rows) {
        Map<String, Integer> canonical = new HashMap<>();
        Map<String, int[]> groups = new HashMap<>();
        Map<Integer, Integer> initials = new HashMap<>();
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
            initials.merge(group, bit(name.charAt(0)), (x, y) -> x | y);
            if (row[1].trim().equals("has_form")) {
                initials.merge(group, bit(variant.charAt(0)), (x, y) -> x | y);
            }
        }
        int[] byGroup = new int[canonical.size()];
        initials.forEach((group, bits) -> byGroup[group] = bits);
        return new Nicknames(Map.copyOf(groups), byGroup);
    }

    /** A letter as one bit of a group's initials (none for a letter other than a to z). */
    private static int bit(char c) {
        return c >= 'a' && c <= 'z' ? 1 << (c - 'a') : 0;
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
     * for A. (and of Robert for R.), Kolya of Mykola for M. and of its Russian form Nikolai for N., as a clerk who
     * writes an initial writes the name the person was registered under.
     */
    public boolean formOfInitial(String name, char initial) {
        for (int group : groupsFor(name)) {
            if ((initials[group] & bit(initial)) != 0) {
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
