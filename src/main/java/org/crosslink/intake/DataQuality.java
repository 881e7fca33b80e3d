package org.crosslink.intake;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.crosslink.model.Handling;
import org.crosslink.model.Identifier;
import org.crosslink.model.IdentifierType;
import org.crosslink.model.Location;
import org.crosslink.model.PartialDate;
import org.crosslink.model.Person;
import org.crosslink.model.Report;
import org.crosslink.resolve.normalise.Mojibake;
import org.crosslink.resolve.normalise.Phones;
import org.crosslink.resolve.normalise.Postcodes;

/**
 * Checks the optional values of an accepted report. Nothing here rejects: intelligence is never thrown
 * away for a typo, so each problem becomes a warning kept with the report.
 */
public final class DataQuality {

    public List<Warning> check(Report report) {
        List<Warning> warnings = new ArrayList<>();
        handling(report, warnings);
        Set<String> locationRefs = refs(report.locations().stream().map(Location::ref).toList(), "/locations", warnings);
        Set<String> personRefs = refs(report.persons().stream().map(Person::ref).toList(), "/persons", warnings);
        LocalDate reportDay = report.reportedAt().atOffset(ZoneOffset.UTC).toLocalDate();
        for (int i = 0; i < report.persons().size(); i++) {
            person(report.persons().get(i), "/persons/" + i, reportDay, locationRefs, warnings);
        }
        for (int i = 0; i < report.locations().size(); i++) {
            location(report.locations().get(i), "/locations/" + i, warnings);
        }
        for (int i = 0; i < report.events().size(); i++) {
            String ref = report.events().get(i).personRef();
            if (ref != null && !personRefs.contains(ref)) {
                warnings.add(new Warning(WarningCode.UNKNOWN_PERSON_REF, "/events/" + i + "/personRef",
                        "event refers to person '" + ref + "' that the report does not have"));
            }
        }
        return warnings;
    }

    private static void handling(Report report, List<Warning> warnings) {
        boolean hasConditions = report.handlingConditions() != null && !report.handlingConditions().isBlank();
        if (report.grading().handling() == Handling.C && !hasConditions) {
            warnings.add(new Warning(WarningCode.MISSING_HANDLING_CONDITIONS, "/handlingConditions",
                    "handling code C without handling conditions"));
        } else if (report.grading().handling() == Handling.P && hasConditions) {
            warnings.add(new Warning(WarningCode.UNEXPECTED_HANDLING_CONDITIONS, "/handlingConditions",
                    "handling conditions given for handling code P"));
        }
    }

    private static Set<String> refs(List<String> refs, String pointer, List<Warning> warnings) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < refs.size(); i++) {
            if (!seen.add(refs.get(i))) {
                warnings.add(new Warning(WarningCode.DUPLICATE_REF, pointer + "/" + i + "/ref",
                        "ref '" + refs.get(i) + "' is used twice"));
            }
        }
        return seen;
    }

    private static void person(Person p, String at, LocalDate reportDay, Set<String> locationRefs, List<Warning> warnings) {
        if (p.dateOfBirth() != null) {
            dateOfBirth(p.dateOfBirth(), at + "/dateOfBirth", reportDay, warnings);
        }
        misread(p.givenName(), at + "/givenName", warnings);
        misread(p.familyName(), at + "/familyName", warnings);
        for (int j = 0; j < p.aliases().size(); j++) {
            misread(p.aliases().get(j), at + "/aliases/" + j, warnings);
        }
        for (int j = 0; j < p.identifiers().size(); j++) {
            Identifier id = p.identifiers().get(j);
            String idAt = at + "/identifiers/" + j;
            if (IdentifierType.parse(id.rawType()).isEmpty()) {
                warnings.add(new Warning(WarningCode.UNKNOWN_IDENTIFIER_TYPE, idAt + "/type",
                        "identifier type '" + id.rawType() + "' is not defined; kept as OTHER"));
            } else if (id.type() == IdentifierType.PHONE && Phones.e164(id.value()) == null) {
                warnings.add(new Warning(WarningCode.UNREADABLE_PHONE, idAt + "/value", "not a readable phone number"));
            }
        }
        for (int j = 0; j < p.locationRefs().size(); j++) {
            String ref = p.locationRefs().get(j);
            if (!locationRefs.contains(ref)) {
                warnings.add(new Warning(WarningCode.UNKNOWN_LOCATION_REF, at + "/locationRefs/" + j,
                        "location '" + ref + "' is not in the report"));
            }
        }
    }

    /** A name garbled by a system that read UTF-8 as Windows-1252 or Latin-1: the force's feed needs mending. */
    private static void misread(String name, String at, List<Warning> warnings) {
        if (Mojibake.misread(name)) {
            warnings.add(new Warning(WarningCode.MISDECODED_TEXT, at,
                    "reads as UTF-8 decoded as Windows-1252 or Latin-1; compared as the text it was"));
        }
    }

    private static void dateOfBirth(String text, String at, LocalDate reportDay, List<Warning> warnings) {
        PartialDate date = PartialDate.parse(text);
        if (date != null && !PartialDate.isIso(text)) {
            warnings.add(new Warning(WarningCode.NON_ISO_DATE, at,
                    "date of birth " + text + " read as " + date + "; the format asks for yyyy-mm-dd"));
        }
        if (date == null) {
            warnings.add(new Warning(WarningCode.UNREADABLE_DATE, at, "date of birth is not a date; kept as written"));
        } else if (date.impossible()) {
            warnings.add(new Warning(WarningCode.IMPOSSIBLE_DATE, at, "date " + text + " does not exist; kept as weak evidence"));
        } else if (!date.isFull()) {
            warnings.add(new Warning(WarningCode.PARTIAL_DATE, at, "partial date of birth " + text));
        } else if (date.toLocalDate().isAfter(reportDay)) {
            warnings.add(new Warning(WarningCode.FUTURE_DATE, at, "date of birth after the report was made"));
        }
    }

    private static void location(Location l, String at, List<Warning> warnings) {
        if (l.postcode() == null) {
            return;
        }
        String country = l.country() == null ? "GB" : l.country().trim().toUpperCase(Locale.ROOT);
        boolean uk = country.equals("GB") || country.equals("UK") || country.equals("GBR");
        if (uk && !Postcodes.isUk(l.postcode())) {
            warnings.add(new Warning(WarningCode.NON_UK_POSTCODE, at + "/postcode",
                    "'" + l.postcode() + "' is not a UK postcode; kept as written"));
        }
    }
}
