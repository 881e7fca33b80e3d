package org.crosslink.resolve.normalise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.crosslink.model.IdentifierType;

/**
 * Identifier values in one canonical form per type: phones in E.164, e-mail addresses in lower case,
 * everything else (passports, national ids, NI numbers, PNC ids, vehicle registrations, bank accounts)
 * as upper-case letters and digits only, so {@code AB 12 34 56 C} and {@code ab123456c} are equal.
 */
public final class Identifiers {
    /** ISO 3166 country codes, alpha-2 and alpha-3, as a document's issuer is written before its number. */
    private static final Set<String> COUNTRIES = countries();
    /** Short words that label a number rather than begin it. */
    private static final Set<String> LABELS = Set.of("ID", "NO", "NR", "REF");
    private static final Set<String> ALPHA3 = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

    private Identifiers() {
    }

    /** The canonical value, or null when nothing usable is left. */
    public static String normalise(IdentifierType type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String result = switch (type) {
            case PHONE -> {
                String e164 = Phones.e164(value);
                yield e164 != null ? e164 : alphanumeric(value);
            }
            case EMAIL -> value.trim().toLowerCase(Locale.ROOT);
            case PNC_ID -> pnc(value);
            case OTHER, NATIONAL_ID -> alphanumeric(unlabelled(value));
            default -> alphanumeric(value);
        };
        return result == null || result.isEmpty() ? null : result;
    }

    /**
     * True for identifiers that belong to one person only. Phones, e-mail addresses, vehicles and bank
     * accounts are shared, and in exploitation they are shared on purpose: they are evidence, not proof.
     */
    public static boolean personal(IdentifierType type) {
        return switch (type) {
            case PASSPORT, NATIONAL_ID, NI_NUMBER, PNC_ID, HOME_OFFICE_REF -> true;
            default -> false;
        };
    }

    /** The model's field for a kind of identifier: each kind is recorded, and shared, in its own way. */
    public static String field(IdentifierType type) {
        return switch (type) {
            case PASSPORT -> "passport";
            case NATIONAL_ID -> "nationalId";
            case NI_NUMBER -> "niNumber";
            case PNC_ID -> "pncId";
            case HOME_OFFICE_REF -> "homeOfficeRef";
            case PHONE -> "phone";
            case EMAIL -> "email";
            case VEHICLE -> "vehicle";
            case BANK_ACCOUNT -> "bankAccount";
            case OTHER -> "otherId";
        };
    }

    /** Whether a model field is that of a kind of personal identifier. */
    public static boolean isPersonalField(String field) {
        return switch (field) {
            case "passport", "nationalId", "niNumber", "pncId", "homeOfficeRef" -> true;
            default -> false;
        };
    }

    /**
     * A PNC id (year, serial number, check letter: {@code 17/482913K}) in one form whether the year is written
     * with two digits or four and the serial with leading zeros or not: {@code 2017/0482913K} is {@code 17482913K},
     * and so is {@code 2017/482913K}: the year is what stands before the slash, when there is one. Anything else is
     * left as letters and digits.
     */
    static String pnc(String value) {
        int slash = value.indexOf('/');
        if (slash > 0) {
            String year = alphanumeric(value.substring(0, slash));
            String rest = alphanumeric(value.substring(slash + 1));
            int last = rest.length() - 1;
            if ((year.length() == 2 || year.length() == 4) && allDigits(year) && last > 0
                    && Character.isLetter(rest.charAt(last)) && allDigits(rest.substring(0, last))) {
                return year.substring(year.length() - 2) + rest.replaceFirst("^0+(?=.)", "");
            }
        }
        String alphanumeric = alphanumeric(value);
        int n = alphanumeric.length();
        if (n < 4 || !Character.isLetter(alphanumeric.charAt(n - 1))) {
            return alphanumeric;
        }
        String digits = alphanumeric.substring(0, n - 1);
        if (!allDigits(digits)) {
            return alphanumeric;
        }
        boolean longYear = digits.length() >= 10 && (digits.startsWith("19") || digits.startsWith("20"));
        String year = longYear ? digits.substring(2, 4) : digits.substring(0, 2);
        String serial = digits.substring(longYear ? 4 : 2).replaceFirst("^0+(?=.)", "");
        return year + serial + alphanumeric.charAt(n - 1);
    }

    /**
     * A card's number without the words written before it that name its issuer or kind ({@code UNHCR 354-17C08813},
     * {@code Kebele ID 04-118273}, {@code Tazkira: 1401-0100-22871}): one force copies the label, another the
     * number alone. A label is a word of letters alone, before the first word holding a digit, of four letters or
     * more, or ID, No, Nr or Ref, or closed by a colon: two or three letters before digits are too often the
     * number's own series ({@code RX 482913}, {@code CA 31807 KD}). What is left must hold four digits or more.
     */
    static String unlabelled(String value) {
        String[] words = value.trim().split("\\s+");
        int first = 0;
        while (first < words.length - 1 && label(words[first])) {
            first++;
        }
        if (first == 0) {
            return value;
        }
        String rest = String.join(" ", Arrays.copyOfRange(words, first, words.length));
        return rest.chars().filter(Character::isDigit).count() >= 4 ? rest : value;
    }

    private static boolean label(String word) {
        boolean colon = word.endsWith(":");
        String w = colon ? word.substring(0, word.length() - 1) : word;
        if (w.isEmpty() || !w.chars().allMatch(Character::isLetter)) {
            return false;
        }
        return colon || w.length() >= 4 || LABELS.contains(w.toUpperCase(Locale.ROOT));
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String alphanumeric(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toUpperCase(c));
            }
        }
        return sb.toString();
    }

    /**
     * Whether one normalised document number is the other after its issuing country's code, ISO 3166 alpha-2 or
     * alpha-3 ({@code RO054872913} and {@code 054872913}; {@code PLEK4821937} and {@code EK4821937}, a Polish
     * passport's own two letters after the country's); the number itself six or more characters. Only a country's
     * code counts, so a number that starts with letters is not read as another with an issuer before it.
     */
    public static boolean withIssuer(String a, String b) {
        return issuerBefore(a, b) || issuerBefore(b, a);
    }

    /**
     * The numbers a normalised document number may be once an issuing country's code before it is taken away
     * ({@code BRAYC804512}: {@code YC804512}), each six characters or more; empty when it starts with no country's
     * code. What {@link #withIssuer} asks of two numbers exactly, this gives for a comparison that forgives a slip.
     */
    public static List<String> afterIssuer(String value) {
        List<String> numbers = new ArrayList<>(2);
        for (int prefix = 2; prefix <= 3; prefix++) {
            if (value.length() - prefix >= 6 && COUNTRIES.contains(value.substring(0, prefix))) {
                numbers.add(value.substring(prefix));
            }
        }
        return numbers;
    }

    /**
     * Whether two normalised document numbers are each written after an issuing country's ISO 3166 alpha-3 code,
     * and the countries differ ({@code GBR561093842} and {@code IRLPX4471906}): two countries' documents, which a
     * dual national holds, not one document twice. Only the three-letter codes count: two letters before a number
     * are too often the number's own.
     */
    public static boolean twoIssuers(String a, String b) {
        String x = issuer(a);
        String y = issuer(b);
        return x != null && y != null && !x.equals(y);
    }

    private static String issuer(String value) {
        if (value.length() < 9 || !ALPHA3.contains(value.substring(0, 3))) {
            return null;
        }
        return value.substring(0, 3);
    }

    private static boolean issuerBefore(String longer, String number) {
        return longer.length() > number.length() && afterIssuer(longer).contains(number);
    }

    private static Set<String> countries() {
        Set<String> codes = new HashSet<>(List.of(Locale.getISOCountries()));
        codes.addAll(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
        codes.add("UK"); // as British officers write the United Kingdom's
        return Set.copyOf(codes);
    }
}
