package org.crosslink.evaluate.synthetic;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

/**
 * One FEBRL-style modification of one field of a record (shape 5). Text fields: a typo, an OCR or phonetic error, a
 * space put in or taken out, the value missing or replaced by another of its kind. The state: a typo, missing or
 * another state. Numbers: a digit changed, two swapped, one added or dropped (street numbers only), the number
 * missing (street numbers only) or replaced. Dates of birth: missing, replaced, a digit changed or two swapped.
 * A blank field can only be filled with a value.
 */
final class FebrlErrors {
    private static final String[] STATES = {"nsw", "vic", "qld", "sa", "wa", "tas", "nt", "act"};

    private final Rates r;
    private final Lists lists;

    FebrlErrors(Rates rates, Lists lists) {
        this.r = rates;
        this.lists = lists;
    }

    /** Adds the weights of the kinds of modification to the shape's rates. */
    static Rates rates(Rates rates) {
        return rates
                .n("textTypo", 0.50, 0, 1, "text field: weight of a typo (insert, delete, substitute, transpose)")
                .n("textOcr", 0.05, 0, 1, "text field: weight of an OCR error (rn for m)")
                .n("textPhonetic", 0.07, 0, 1, "text field: weight of a phonetic error (f for ph)")
                .n("textSpace", 0.12, 0, 1, "text field: weight of a space put in or taken out")
                .n("textMissing", 0.10, 0, 1, "text field: weight of the value missing")
                .n("textReplace", 0.16, 0, 1, "text field: weight of the value replaced by another (a name by another name)")
                .n("stateTypo", 0.5, 0, 1, "state: weight of a typo")
                .n("stateMissing", 0.3, 0, 1, "state: weight of the value missing")
                .n("stateReplace", 0.2, 0, 1, "state: weight of another state")
                .n("numberDigit", 0.35, 0, 1, "number: weight of a digit changed")
                .n("numberTranspose", 0.35, 0, 1, "number: weight of two digits swapped")
                .n("numberLength", 0.05, 0, 1, "street number: weight of a digit added or dropped")
                .n("numberMissing", 0.15, 0, 1, "street number: weight of the value missing")
                .n("numberReplace", 0.10, 0, 1, "number: weight of the value replaced by another")
                .n("dobMissing", 0.2, 0, 1, "date of birth: weight of the value missing")
                .n("dobReplace", 0.4, 0, 1, "date of birth: weight of another date")
                .n("dobDigit", 0.2, 0, 1, "date of birth: weight of a digit changed")
                .n("dobTranspose", 0.2, 0, 1, "date of birth: weight of two neighbouring digits swapped");
    }

    String modify(int field, String value, Random rng) {
        return switch (field) {
            case 0, 1, 3, 4, 5 -> text(field, value, rng);
            case 7 -> state(value, rng);
            case 8 -> dob(value, rng);
            default -> number(field, value, rng);
        };
    }

    private String text(int field, String value, Random rng) {
        if (value.isBlank()) {
            return replacement(field, value, rng);
        }
        return switch (pick(rng, "textTypo", "textOcr", "textPhonetic", "textSpace", "textMissing", "textReplace")) {
            case 0 -> Typos.edit(value, rng);
            case 1 -> Typos.ocr(value, rng);
            case 2 -> Typos.phonetic(value, rng);
            case 3 -> Typos.space(value, rng).strip();
            case 4 -> "";
            default -> replacement(field, value, rng);
        };
    }

    private String replacement(int field, String value, Random rng) {
        boolean other = Draw.chance(rng, 0.2);
        return switch (field) {
            case 0, 1 -> (field == 0) != other ? lists.englishGiven(rng.nextBoolean() ? 'M' : 'F', rng).toLowerCase(Locale.ROOT)
                    : lists.englishFamily(0.5, rng).toLowerCase(Locale.ROOT).replace("'", "");
            case 3 -> other ? lists.auLocalities.pick(rng) : lists.auStreets.pick(rng) + " street";
            case 4 -> other ? lists.auStreets.pick(rng) + " street" : lists.auLocalities.pickOther(rng, value);
            default -> lists.auSuburbs.pick(rng)[0];
        };
    }

    private String state(String value, Random rng) {
        if (value.isBlank()) {
            return STATES[rng.nextInt(STATES.length)];
        }
        return switch (pick(rng, "stateTypo", "stateMissing", "stateReplace")) {
            case 0 -> Typos.edit(value, rng);
            case 1 -> "";
            default -> {
                String s;
                do {
                    s = STATES[rng.nextInt(STATES.length)];
                } while (s.equals(value));
                yield s;
            }
        };
    }

    /** Street number (2), postcode (6) or social security number (9). */
    private String number(int field, String value, Random rng) {
        boolean street = field == 2;
        int length = field == 6 ? 4 : field == 9 ? 7 : 0;
        if (value.isBlank()) {
            return street ? Integer.toString(Draw.between(rng, 1, 200)) : randomDigits(length, rng);
        }
        int kind = pick(rng, "numberDigit", "numberTranspose", "numberLength", "numberMissing", "numberReplace");
        if (!street && (kind == 2 || kind == 3)) {
            kind = 0;
        }
        return switch (kind) {
            case 0 -> digit(value, rng);
            case 1 -> value.length() < 2 ? digit(value, rng) : transpose(value, rng);
            case 2 -> value.length() > 1 && rng.nextBoolean() ? dropDigit(value, rng) : addDigit(value, rng);
            case 3 -> "";
            default -> street ? Integer.toString(Draw.between(rng, 1, 300)) : randomDigits(length, rng);
        };
    }

    private String dob(String value, Random rng) {
        if (value.isBlank()) {
            return randomDate(rng);
        }
        return switch (pick(rng, "dobMissing", "dobReplace", "dobDigit", "dobTranspose")) {
            case 0 -> "";
            case 1 -> randomDate(rng);
            case 2 -> digit(value, rng);
            default -> transpose(value, rng);
        };
    }

    private String randomDate(Random rng) {
        LocalDate d = Dates.between(r.integer("yearFrom"), Math.max(r.integer("yearFrom"), r.integer("yearTo")), rng);
        return String.format("%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    private int pick(Random rng, String... kinds) {
        double[] w = new double[kinds.length];
        double sum = 0;
        for (int i = 0; i < kinds.length; i++) {
            w[i] = r.get(kinds[i]);
            sum += w[i];
        }
        double x = rng.nextDouble() * sum;
        for (int i = 0; i < kinds.length; i++) {
            x -= w[i];
            if (x < 0) {
                return i;
            }
        }
        return 0;
    }

    private static String digit(String value, Random rng) {
        char[] c = value.toCharArray();
        int at = rng.nextInt(c.length);
        char now;
        do {
            now = (char) ('0' + rng.nextInt(10));
        } while (now == c[at]);
        c[at] = now;
        return new String(c);
    }

    /** Two neighbouring different digits swapped, or a digit changed when all are the same. */
    private static String transpose(String value, Random rng) {
        String swapped = Typos.edit(value, Typos.Kind.TRANSPOSE, rng);
        return swapped.length() == value.length() && !swapped.equals(value) && swapped.chars().allMatch(Character::isDigit)
                ? swapped : digit(value, rng);
    }

    private static String addDigit(String value, Random rng) {
        int at = rng.nextInt(value.length() + 1);
        return value.substring(0, at) + (at == 0 ? 1 + rng.nextInt(9) : rng.nextInt(10)) + value.substring(at);
    }

    private static String dropDigit(String value, Random rng) {
        int at = rng.nextInt(value.length());
        String out = value.substring(0, at) + value.substring(at + 1);
        return out.startsWith("0") ? value.substring(0, value.length() - 1) : out;
    }

    private static String randomDigits(int length, Random rng) {
        StringBuilder b = new StringBuilder();
        b.append(1 + rng.nextInt(9));
        while (b.length() < length) {
            b.append(rng.nextInt(10));
        }
        return b.toString();
    }
}
