package org.crosslink.evaluate;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.crosslink.model.IdentifierType;

/**
 * Which columns of a labelled CSV file feed which field of the report each row becomes, written
 * {@code field=column,...}. A value may join several columns with {@code +} (their non-blank values, with a space
 * between: {@code addressLine1=street_number+address_1}), or be a constant in single quotes ({@code country='GB'}).
 * {@code truth} is required: rows with the same truth are the same person. A cell holding one of the missing-value
 * markers (R's and spreadsheets' {@code NA}, {@code NULL}, ...: {@link #DEFAULT_MISSING}) is blank.
 */
public final class ColumnMapping {
    private static final Pattern FEBRL_TRUTH = Pattern.compile("^rec-([0-9]+)-");
    /** What R, pandas, databases and spreadsheets write for a missing value. */
    public static final List<String> DEFAULT_MISSING = List.of("NA", "N/A", "#N/A", "NULL", "null", "NaN");

    /** The fields a column can feed; the key is what {@code --columns} calls it. */
    public enum Field {
        ID("id", null), TRUTH("truth", null), SOURCE("source", null),
        GIVEN_NAME("givenName", null), FAMILY_NAME("familyName", null), NAME("name", null), ALIAS("alias", null),
        DATE_OF_BIRTH("dateOfBirth", null), GENDER("gender", null), NATIONALITY("nationality", null),
        PHONE("phone", IdentifierType.PHONE), EMAIL("email", IdentifierType.EMAIL), PASSPORT("passport", IdentifierType.PASSPORT),
        NATIONAL_ID("nationalId", IdentifierType.NATIONAL_ID), NI_NUMBER("niNumber", IdentifierType.NI_NUMBER),
        PNC_ID("pncId", IdentifierType.PNC_ID), HOME_OFFICE_REF("homeOfficeRef", IdentifierType.HOME_OFFICE_REF),
        VEHICLE("vehicle", IdentifierType.VEHICLE),
        BANK_ACCOUNT("bankAccount", IdentifierType.BANK_ACCOUNT),
        ADDRESS_LINE_1("addressLine1", null), ADDRESS_LINE_2("addressLine2", null), TOWN("town", null),
        POSTCODE("postcode", null), REGION("region", null), COUNTRY("country", null);

        private final String key;
        private final IdentifierType identifier;

        Field(String key, IdentifierType identifier) {
            this.key = key;
            this.identifier = identifier;
        }

        public String key() {
            return key;
        }

        /** The identifier type a field's value becomes, if it is an identifier. */
        public Optional<IdentifierType> identifier() {
            return Optional.ofNullable(identifier);
        }

        /** Whether the field describes the row's address (any of them makes the report carry a location). */
        public boolean isAddress() {
            return ordinal() >= ADDRESS_LINE_1.ordinal();
        }

        static Optional<Field> byKey(String key) {
            return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
        }
    }

    /** What feeds one field: columns whose non-blank values are joined with a space, or a constant. */
    public record Source(List<String> columns, String constant) {
        public Source {
            columns = List.copyOf(columns);
        }
    }

    private final Map<Field, Source> fields;
    private final Pattern truthPattern;
    private final Set<String> missing;

    private ColumnMapping(Map<Field, Source> fields, Pattern truthPattern, Collection<String> missing) {
        this.fields = fields;
        this.truthPattern = truthPattern;
        this.missing = Set.copyOf(missing);
    }

    /** The same mapping, reading these cell values (compared whole, after trimming) as blank instead of the default ones. */
    public ColumnMapping withMissing(Collection<String> markers) {
        return new ColumnMapping(fields, truthPattern, markers);
    }

    /** Whether a cell's value is blank: empty, spaces, or a missing-value marker. */
    public boolean isBlank(String value) {
        return value == null || value.isBlank() || missing.contains(value.trim());
    }

    /**
     * Parses {@code field=column,...}.
     *
     * @throws IllegalArgumentException naming the valid keys when a key is unknown, or saying what is wrong
     */
    public static ColumnMapping parse(String spec) {
        Map<Field, Source> fields = new EnumMap<>(Field.class);
        for (String part : spec.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("column mapping '" + part.trim() + "' is not field=column; valid fields: " + validKeys());
            }
            String key = part.substring(0, eq).trim();
            Field field = Field.byKey(key).orElseThrow(() -> new IllegalArgumentException(
                    "unknown field '" + key + "' in the column mapping; valid fields: " + validKeys()));
            if (fields.put(field, source(key, part.substring(eq + 1).trim())) != null) {
                throw new IllegalArgumentException("field '" + key + "' is mapped twice in the column mapping");
            }
        }
        if (fields.containsKey(Field.NAME) && (fields.containsKey(Field.GIVEN_NAME) || fields.containsKey(Field.FAMILY_NAME))) {
            throw new IllegalArgumentException("the column mapping gives a full name (name) and its parts (givenName, familyName): one or the other");
        }
        if (!fields.containsKey(Field.TRUTH)) {
            throw new IllegalArgumentException("the column mapping must say which column holds the truth: truth=COLUMN");
        }
        return new ColumnMapping(fields, null, DEFAULT_MISSING);
    }

    /**
     * The FEBRL layout (rec_id, given_name, surname, street_number, address_1, address_2, suburb, postcode, state,
     * date_of_birth, soc_sec_id), whose truth is the number in {@code rec-N-org} / {@code rec-N-dup-k}.
     */
    public static ColumnMapping febrl() {
        ColumnMapping m = parse("id=rec_id,truth=rec_id,givenName=given_name,familyName=surname,dateOfBirth=date_of_birth,"
                + "nationalId=soc_sec_id,addressLine1=street_number+address_1,addressLine2=address_2,town=suburb,"
                + "postcode=postcode,region=state,country='AU'");
        return new ColumnMapping(m.fields, FEBRL_TRUTH, DEFAULT_MISSING);
    }

    /** The keys {@code --columns} accepts, for help and error messages. */
    public static String validKeys() {
        return Arrays.stream(Field.values()).map(Field::key).collect(Collectors.joining(", "));
    }

    private static Source source(String key, String value) {
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            return new Source(List.of(), value.substring(1, value.length() - 1));
        }
        List<String> columns = Arrays.stream(value.split("\\+")).map(String::trim).toList();
        if (columns.isEmpty() || columns.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("field '" + key + "' in the column mapping names no column: '" + value + "'");
        }
        return new Source(columns, null);
    }

    public Map<Field, Source> fields() {
        return fields;
    }

    public boolean has(Field field) {
        return fields.containsKey(field);
    }

    /** Whether rows carry an address: when any address field other than a constant country is mapped. */
    public boolean hasAddress() {
        return fields.entrySet().stream().anyMatch(e -> e.getKey().isAddress() && e.getValue().constant() == null);
    }

    /** The columns the mapping reads that the header lacks (empty when all are there). */
    public List<String> missingColumns(Collection<String> header) {
        return fields.values().stream().flatMap(s -> s.columns().stream()).distinct().filter(c -> !header.contains(c)).toList();
    }

    /** The truth label in a truth column's value: the value itself, or the pattern's first group (FEBRL). */
    public Optional<String> truth(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (truthPattern == null) {
            return Optional.of(value.trim());
        }
        Matcher m = truthPattern.matcher(value.trim());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    @Override
    public String toString() {
        return fields.entrySet().stream().map(e -> e.getKey().key() + "=" + (e.getValue().constant() != null
                ? "'" + e.getValue().constant() + "'" : String.join("+", e.getValue().columns()))).collect(Collectors.joining(","));
    }
}
