package org.crosslink.resolve;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.crosslink.config.Home;
import org.crosslink.config.Settings;
import org.crosslink.model.Exploitation;
import org.crosslink.model.Grading;
import org.crosslink.model.Handling;
import org.crosslink.model.Identifier;
import org.crosslink.model.IdentifierType;
import org.crosslink.model.InvestigationStatus;
import org.crosslink.model.Location;
import org.crosslink.model.LocationKind;
import org.crosslink.model.MentionKey;
import org.crosslink.model.Person;
import org.crosslink.model.Report;
import org.crosslink.model.Role;
import org.crosslink.runtime.ResolutionConfig;

/**
 * Builds the model records resolution tests feed the engine ({@link Report}, {@link Person}, {@link Location})
 * and the resolution settings of the project's real {@code config/}.
 */
public final class Fixtures {
    private static ResolutionSettings settings;

    private Fixtures() {
    }

    /** The real resolution settings: config/resolution.yaml, config/name-frequencies.csv, config/application.properties. */
    public static synchronized ResolutionSettings settings() {
        if (settings == null) {
            Settings s = Settings.load(Home.locate(Path.of("").toAbsolutePath()), Map.of(), Map.of());
            settings = ResolutionConfig.read(s);
        }
        return settings;
    }

    /** A fresh engine on the real settings. */
    public static ResolutionEngine engine() {
        return new ResolutionEngine(settings());
    }

    public static PersonBuilder person(String ref) {
        return new PersonBuilder(ref);
    }

    public static ReportBuilder report(String source, String reportId) {
        return new ReportBuilder(source, reportId);
    }

    public static Location address(String ref, String postcode, String... lines) {
        return new Location(ref, LocationKind.ADDRESS, null, List.of(lines), null, postcode, null, "UK", null, null);
    }

    public static MentionKey key(String source, String reportId, String ref) {
        return new MentionKey(source, reportId, ref);
    }

    /** The normalised record of a single person, as resolution sees it, with the locations it refers to. */
    public static PersonRecord record(PersonBuilder person, Location... locations) {
        Report r = report("TEST", "R-record").with(person).with(locations).build();
        return new RecordNormaliser().person(r, r.persons().get(0));
    }

    public static final class PersonBuilder {
        private final String ref;
        private String given;
        private String family;
        private final List<String> aliases = new ArrayList<>();
        private String dob;
        private String gender;
        private String nationality;
        private final List<Identifier> ids = new ArrayList<>();
        private final List<String> locationRefs = new ArrayList<>();

        private PersonBuilder(String ref) {
            this.ref = ref;
        }

        public PersonBuilder named(String given, String family) {
            this.given = given;
            this.family = family;
            return this;
        }

        public PersonBuilder alias(String alias) {
            aliases.add(alias);
            return this;
        }

        public PersonBuilder born(String dateOfBirth) {
            this.dob = dateOfBirth;
            return this;
        }

        public PersonBuilder gender(String gender) {
            this.gender = gender;
            return this;
        }

        public PersonBuilder nationality(String nationality) {
            this.nationality = nationality;
            return this;
        }

        public PersonBuilder phone(String phone) {
            return id(IdentifierType.PHONE, phone);
        }

        public PersonBuilder passport(String passport) {
            return id(IdentifierType.PASSPORT, passport);
        }

        public PersonBuilder id(IdentifierType type, String value) {
            ids.add(new Identifier(type, value));
            return this;
        }

        public PersonBuilder livesAt(String locationRef) {
            locationRefs.add(locationRef);
            return this;
        }

        public Person build() {
            return new Person(ref, Role.UNKNOWN, given, family, aliases, dob, gender, nationality, ids, locationRefs);
        }

        @Override
        public String toString() {
            return (given + " " + family + (dob == null ? "" : " " + dob) + (aliases.isEmpty() ? "" : " aka " + aliases)
                    + (nationality == null ? "" : " " + nationality) + (ids.isEmpty() ? "" : " " + ids.stream().map(Identifier::value).toList())).trim();
        }
    }

    public static final class ReportBuilder {
        private final String source;
        private final String reportId;
        private int revision = 1;
        private final List<Person> persons = new ArrayList<>();
        private final List<Location> locations = new ArrayList<>();

        private ReportBuilder(String source, String reportId) {
            this.source = source;
            this.reportId = reportId;
        }

        public ReportBuilder revision(int revision) {
            this.revision = revision;
            return this;
        }

        public ReportBuilder with(PersonBuilder... people) {
            for (PersonBuilder p : people) {
                persons.add(p.build());
            }
            return this;
        }

        public ReportBuilder with(Location... places) {
            locations.addAll(List.of(places));
            return this;
        }

        public Report build() {
            return new Report(1, reportId, source, revision, Instant.parse("2026-03-01T10:00:00Z"), InvestigationStatus.OPEN,
                    new Grading("2", "B", Handling.P), null, List.of(Exploitation.LABOUR), "Test report.", persons, locations, List.of());
        }
    }
}
