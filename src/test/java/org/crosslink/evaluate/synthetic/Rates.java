package org.crosslink.evaluate.synthetic;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A shape's parameters by name, each with its default, its bounds and a line saying what it does: the error rates
 * and the sizes of clusters. Overrides come by name ({@code --rate givenNickname=0.2}); an unknown name or a value out
 * of bounds is refused with the valid names.
 */
public final class Rates {
    /** One parameter: its value, bounds and meaning. */
    public record Rate(double value, double min, double max, String meaning) {
        public Rate {
            if (!(value >= min && value <= max)) {
                throw new IllegalArgumentException("value " + value + " is outside [" + min + ", " + max + "]");
            }
        }
    }

    private final Map<String, Rate> rates;

    private Rates(Map<String, Rate> rates) {
        this.rates = rates;
    }

    /** Starts an empty set of parameters, to be filled with {@link #p} and {@link #n}. */
    public static Rates of() {
        return new Rates(new LinkedHashMap<>());
    }

    /** Adds a probability (0 to 1). */
    public Rates p(String name, double value, String meaning) {
        return add(name, new Rate(value, 0, 1, meaning));
    }

    /** Adds a number within bounds. */
    public Rates n(String name, double value, double min, double max, String meaning) {
        return add(name, new Rate(value, min, max, meaning));
    }

    private Rates add(String name, Rate rate) {
        Map<String, Rate> copy = new LinkedHashMap<>(rates);
        if (copy.put(name, rate) != null) {
            throw new IllegalArgumentException("rate '" + name + "' given twice");
        }
        return new Rates(copy);
    }

    /** The same parameters with one value changed. */
    public Rates with(String name, double value) {
        Rate r = rates.get(name);
        if (r == null) {
            throw new IllegalArgumentException("no rate '" + name + "'; the rates: " + String.join(", ", rates.keySet()));
        }
        if (!(value >= r.min() && value <= r.max())) {
            throw new IllegalArgumentException("rate '" + name + "' must be within [" + r.min() + ", " + r.max() + "], not " + value);
        }
        Map<String, Rate> copy = new LinkedHashMap<>(rates);
        copy.put(name, new Rate(value, r.min(), r.max(), r.meaning()));
        return new Rates(copy);
    }

    /** Applies {@code name=value} overrides. */
    public Rates with(Map<String, Double> overrides) {
        Rates out = this;
        for (Map.Entry<String, Double> e : overrides.entrySet()) {
            out = out.with(e.getKey(), e.getValue());
        }
        return out;
    }

    public double get(String name) {
        Rate r = rates.get(name);
        if (r == null) {
            throw new IllegalStateException("no rate '" + name + "' declared");
        }
        return r.value();
    }

    public int integer(String name) {
        return (int) Math.round(get(name));
    }

    /** Every parameter's value, by name, in the order declared. */
    public Map<String, Double> values() {
        Map<String, Double> out = new LinkedHashMap<>();
        rates.forEach((k, v) -> out.put(k, v.value()));
        return out;
    }

    /** One line a parameter: {@code name=value  meaning}. */
    public String describe() {
        return rates.entrySet().stream()
                .map(e -> String.format("  %-22s %-8s %s", e.getKey(), format(e.getValue().value()), e.getValue().meaning()))
                .collect(Collectors.joining("\n"));
    }

    /** A value as the README and {@code --rates} write it: 5, 0.12. */
    static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
