package org.crosslink.resolve.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.crosslink.model.PartialDate;

/**
 * The days of the year that a store's sources write when only the year of birth is known: the Home Office gives
 * 1 January to many people seeking asylum whose birthday is not known, and other systems have other habits. A date
 * on such a day is compared as its year alone, since two people recorded on it have not been shown to share a
 * birthday. Where the store writes none, 1 January is a birthday like any other. A trained model learns them from
 * the store: a day that holds far more of its dates of birth than chance gives.
 */
public final class PlaceholderBirthdays {
    /** The starting model's: 1 January. */
    public static final PlaceholderBirthdays FIRST_OF_JANUARY = new PlaceholderBirthdays(Set.of(101));
    /**
     * Below this many distinct dates of birth a day (one in 365.25 of them), a store is too small to tell a habit from
     * chance, and keeps the days it started from.
     */
    static final double MIN_DATES_A_DAY = 5;
    /**
     * How far above chance a day must be, in standard deviations of its count (Poisson): by chance alone the most
     * crowded of 366 days stands about 3 above.
     */
    static final double MIN_SIGMAS = 6;

    /** Each day as {@code month * 100 + day}. */
    private final Set<Integer> monthDays;
    /** The same, indexed by {@code month * 100 + day}: asked for every pair compared. */
    private final boolean[] isPlaceholder = new boolean[1232];

    public PlaceholderBirthdays(Set<Integer> monthDays) {
        this.monthDays = Set.copyOf(monthDays);
        for (int md : this.monthDays) {
            int month = md / 100;
            int day = md % 100;
            if (month < 1 || month > 12 || day < 1 || day > 31) {
                throw new IllegalArgumentException("not a day of the year: " + md);
            }
            isPlaceholder[md] = true;
        }
    }

    public Set<Integer> monthDays() {
        return monthDays;
    }

    /** Days written {@code MM-DD}, comma-separated; blank for none. */
    public static PlaceholderBirthdays parse(String text) {
        List<Integer> days = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (!p.matches("\\d\\d-\\d\\d")) {
                throw new IllegalArgumentException("a placeholder birthday is written MM-DD: " + p);
            }
            days.add(Integer.parseInt(p.substring(0, 2)) * 100 + Integer.parseInt(p.substring(3)));
        }
        return new PlaceholderBirthdays(Set.copyOf(days));
    }

    /**
     * The days a store's dates of birth fall on far more often than chance gives. Each distinct date counts once (one
     * person reported ten times is one birthday, not a habit); a day is a placeholder when it holds many more than
     * the 1 in 365.25 that chance gives it. A store with too few dates keeps {@code start}.
     */
    public static PlaceholderBirthdays learn(Collection<PartialDate> dates, PlaceholderBirthdays start) {
        Set<Long> distinct = new HashSet<>();
        Map<Integer, Integer> counts = new HashMap<>();
        for (PartialDate d : dates) {
            if (d != null && d.isFull() && !d.impossible() && distinct.add(d.year() * 10_000L + d.month() * 100L + d.day())) {
                counts.merge(d.month() * 100 + d.day(), 1, Integer::sum);
            }
        }
        double chance = distinct.size() / 365.25;
        if (chance < MIN_DATES_A_DAY) {
            return start;
        }
        double floor = chance + MIN_SIGMAS * Math.sqrt(chance);
        List<Integer> out = new ArrayList<>();
        counts.forEach((day, n) -> {
            if (n >= floor) {
                out.add(day);
            }
        });
        return new PlaceholderBirthdays(Set.copyOf(out));
    }

    /** The date as compared: its year alone when it falls on a placeholder day. */
    public PartialDate compared(PartialDate d) {
        return d.isFull() && d.month() <= 12 && d.day() <= 31 && isPlaceholder[d.month() * 100 + d.day()]
                ? new PartialDate(d.year(), 0, 0, false) : d;
    }

    /** The days, written {@code MM-DD}, in order. */
    public List<String> written() {
        return new TreeSet<>(monthDays).stream().map(md -> String.format("%02d-%02d", md / 100, md % 100)).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlaceholderBirthdays p && p.monthDays.equals(monthDays);
    }

    @Override
    public int hashCode() {
        return monthDays.hashCode();
    }

    @Override
    public String toString() {
        return String.join(",", written());
    }
}
