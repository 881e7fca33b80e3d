package org.crosslink.evaluate.synthetic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a labelled synthetic data set of one shape: {@code DIR/<shape>-reports.jsonl} (wire format v1, one report a
 * line) and {@code DIR/<shape>-truth.jsonl} (the truth of every mention, as {@code evaluate --truth} reads it).
 * <pre>
 * SyntheticData SHAPE [--size N] [--seed N] [--out DIR] [--rate NAME=VALUE]... [--rates]
 *   SHAPE      historical | corrupted | german | families | febrl, or all
 *   --size     records (reports for families; records in each file for febrl); default: the shape's own
 *   --seed     default 1; the same seed, size and rates always give the same files
 *   --out      default target/synthetic
 *   --rate     change one parameter (repeatable); --rates lists them with their defaults
 * </pre>
 */
public final class SyntheticData {
    private SyntheticData() {
    }

    public static void main(String[] args) throws IOException {
        try {
            run(args);
        } catch (IllegalArgumentException e) {
            System.err.println("synthetic: " + e.getMessage());
            System.exit(2);
        }
    }

    static void run(String[] args) throws IOException {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: SHAPE|all [--size N] [--seed N] [--out DIR] [--rate NAME=VALUE]... [--rates]");
        }
        List<Shape> shapes = args[0].equals("all") ? List.of(Shape.values()) : List.of(Shape.of(args[0]));
        Integer size = null;
        long seed = 1;
        Path out = Path.of("target", "synthetic");
        boolean list = false;
        Map<String, Double> overrides = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--size" -> size = Integer.parseInt(value(args, ++i));
                case "--seed" -> seed = Long.parseLong(value(args, ++i));
                case "--out" -> out = Path.of(value(args, ++i));
                case "--rates" -> list = true;
                case "--rate" -> {
                    String kv = value(args, ++i);
                    int eq = kv.indexOf('=');
                    if (eq < 1) {
                        throw new IllegalArgumentException("--rate takes NAME=VALUE, not " + kv);
                    }
                    overrides.put(kv.substring(0, eq), Double.parseDouble(kv.substring(eq + 1)));
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        for (Shape shape : shapes) {
            Rates rates = shape.rates().with(overrides);
            if (list) {
                System.out.println(shape.key() + " (size: " + shape.unit() + ", default " + shape.defaultSize() + "):\n" + rates.describe());
                continue;
            }
            write(shape, seed, size == null ? shape.defaultSize() : size, rates, out);
        }
    }

    private static void write(Shape shape, long seed, int size, Rates rates, Path dir) throws IOException {
        Wire.Dataset d = shape.generate(seed, size, rates);
        Files.createDirectories(dir);
        Path reports = dir.resolve(shape.key() + "-reports.jsonl");
        Path truth = dir.resolve(shape.key() + "-truth.jsonl");
        Files.write(reports, d.reports(), StandardCharsets.UTF_8);
        Files.write(truth, d.truth(), StandardCharsets.UTF_8);
        System.out.printf("%s: %d reports, %d person mentions of %d persons (seed %d) -> %s, %s%n", shape.key(), d.reports().size(),
                d.personMentions(), d.persons(), seed, reports, truth);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}
