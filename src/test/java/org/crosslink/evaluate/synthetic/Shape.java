package org.crosslink.evaluate.synthetic;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/** The five shapes of labelled data, each with its default size, its parameters and its generator. */
public enum Shape {
    /** Historical person records: many records a person, nicknames, initials, missing values, date typos, UK postcodes. */
    HISTORICAL(50_578, "records", HistoricalRecords::defaults, HistoricalRecords::new),
    /** Heavily corrupted records with e-mail and town: about 250 persons in 1,000 records. */
    CORRUPTED(1_000, "records", CorruptedRecords::defaults, CorruptedRecords::new),
    /** German names, one typo in a name or one wrong part of the date of birth; 10% of persons twice. */
    GERMAN(10_000, "records", GermanRecords::defaults, GermanRecords::new),
    /** Families, twins, fathers and sons, houses in multiple occupation, movers: multi-person reports. */
    FAMILIES(746, "reports", FamilyReports::defaults, FamilyReports::new),
    /** FEBRL-shaped linkage: each person once in each of two files of this size. */
    FEBRL(5_000, "records in each of two files", FebrlRecords::defaults, FebrlRecords::new);

    private final int defaultSize;
    private final String unit;
    private final Supplier<Rates> defaults;
    private final BiFunction<Rates, Lists, Generator> factory;

    Shape(int defaultSize, String unit, Supplier<Rates> defaults, BiFunction<Rates, Lists, Generator> factory) {
        this.defaultSize = defaultSize;
        this.unit = unit;
        this.defaults = defaults;
        this.factory = factory;
    }

    /** The size the shape's description gives. */
    public int defaultSize() {
        return defaultSize;
    }

    /** What the size counts. */
    public String unit() {
        return unit;
    }

    /** The shape's parameters at their defaults. */
    public Rates rates() {
        return defaults.get();
    }

    /** The data set for a seed, a size and parameters: the same arguments always give the same lines. */
    public Wire.Dataset generate(long seed, int size, Rates rates) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1");
        }
        Random rng = new Random(seed * 31 + ordinal());
        return Wire.write(factory.apply(rates, Lists.get()).generate(size, rng), rng);
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The shape by its key ({@code historical}, {@code febrl}). */
    public static Shape of(String key) {
        return Arrays.stream(values()).filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no shape '" + key + "'; the shapes: "
                        + String.join(", ", Arrays.stream(values()).map(Shape::key).toList())));
    }
}
