package org.crosslink.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What could not be used from the input, counted by reason, with the first few lines named: a bad line is
 * reported and skipped, never fatal, so one typo does not cost a whole evaluation. A value that was kept but not
 * understood (a date of birth that is no date, taken as none, as intake takes it) is noted the same way.
 */
public final class InputProblems {
    private static final int NAMED = 5;
    private final Tally skipped = new Tally();
    private final Tally noted = new Tally();

    /** Records a skipped line: where it is ({@code reports.jsonl:17}), and a short reason that groups lines. */
    public void skip(String where, String reason, String detail) {
        skipped.add(where, reason, detail);
    }

    /** Records a line kept with a value it could not read: where it is, a short reason that groups lines, the value. */
    public void note(String where, String reason, String detail) {
        noted.add(where, reason, detail);
    }

    public int count() {
        return skipped.byReason.values().stream().mapToInt(Integer::intValue).sum();
    }

    public Map<String, Integer> byReason() {
        return skipped.byReason;
    }

    /** The first lines skipped, each with its place and reason. */
    public List<String> first() {
        return skipped.first;
    }

    public Map<String, Integer> notedByReason() {
        return noted.byReason;
    }

    /** The first lines noted, each with its place, reason and value. */
    public List<String> firstNoted() {
        return noted.first;
    }

    /** Lines counted by reason, the first few named. */
    private static final class Tally {
        private final Map<String, Integer> byReason = new TreeMap<>();
        private final List<String> first = new ArrayList<>();

        void add(String where, String reason, String detail) {
            byReason.merge(reason, 1, Integer::sum);
            if (first.size() < NAMED) {
                first.add(where + ": " + reason + (detail == null || detail.isBlank() ? "" : " (" + detail + ")"));
            }
        }
    }
}
