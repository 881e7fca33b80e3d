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
    private final Map<String, Integer> byReason = new TreeMap<>();
    private final List<String> first = new ArrayList<>();
    private final Map<String, Integer> notedByReason = new TreeMap<>();
    private final List<String> firstNoted = new ArrayList<>();
    private int count;

    /** Records a line kept with a value it could not read: where it is, a short reason that groups lines, the value. */
    public void note(String where, String reason, String detail) {
        notedByReason.merge(reason, 1, Integer::sum);
        if (firstNoted.size() < NAMED) {
            firstNoted.add(line(where, reason, detail));
        }
    }

    public Map<String, Integer> notedByReason() {
        return notedByReason;
    }

    /** The first lines noted, each with its place, reason and value. */
    public List<String> firstNoted() {
        return firstNoted;
    }

    /** Records a skipped line: where it is ({@code reports.jsonl:17}), and a short reason that groups lines. */
    public void skip(String where, String reason, String detail) {
        count++;
        byReason.merge(reason, 1, Integer::sum);
        if (first.size() < NAMED) {
            first.add(line(where, reason, detail));
        }
    }

    private static String line(String where, String reason, String detail) {
        return where + ": " + reason + (detail == null || detail.isBlank() ? "" : " (" + detail + ")");
    }

    public int count() {
        return count;
    }

    public Map<String, Integer> byReason() {
        return byReason;
    }

    /** The first lines skipped, each with its place and reason. */
    public List<String> first() {
        return first;
    }
}
