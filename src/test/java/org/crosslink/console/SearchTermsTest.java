package org.crosslink.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.crosslink.model.Identifier;
import org.crosslink.model.IdentifierType;
import org.crosslink.model.Location;
import org.crosslink.model.LocationKind;
import org.crosslink.model.Person;
import org.crosslink.model.Role;
import org.crosslink.resolve.PersonRecord;
import org.crosslink.resolve.RecordNormaliser;
import org.junit.jupiter.api.Test;

/** A search asks for terms a mention is filed under when resolution would call the two the same. */
class SearchTermsTest {
    private final RecordNormaliser normaliser = new RecordNormaliser();

    @Test
    void aPhoneWrittenAnyWayFindsTheSameNumber() {
        PersonRecord p = person("Ana", "Popescu", "07700 900123");
        for (String q : List.of("07700900123", "+44 7700 900123", "0044 (0)7700-900-123", "+44.7700.900.123")) {
            assertThat(SearchTerms.query(q)).as(q).containsAnyElementsOf(SearchTerms.of(p, "MET-1"));
        }
        assertThat(SearchTerms.query("07700 900124")).doesNotContainAnyElementsOf(
                SearchTerms.of(p, "MET-1").stream().filter(t -> t.startsWith("id|")).toList());
    }

    @Test
    void aSpellingVariantOrAnotherAlphabetFindsTheSameName() {
        var terms = SearchTerms.of(person("Ion", "Ionescu", null), "MET-1");
        assertThat(SearchTerms.query("Ion Ionesku")).containsAnyElementsOf(terms.stream().filter(t -> t.startsWith("p|")).toList());
        assertThat(SearchTerms.query("Ionescu Ion")).containsAnyElementsOf(terms.stream().filter(t -> t.startsWith("p|")).toList());
        assertThat(SearchTerms.query("Ионеску")).containsAnyElementsOf(terms);
        assertThat(SearchTerms.query("Walsh")).doesNotContainAnyElementsOf(terms.stream().filter(t -> !t.startsWith("rid|")).toList());
    }

    @Test
    void aPostcodeOrAReportIdFindsItWhateverTheCase() {
        Location l = new Location("L1", LocationKind.ADDRESS, null, List.of("12 Mill Lane"), "Luton", "LU1 1AA", null, "GB", null, null);
        var terms = SearchTerms.of(normaliser.location(l), "BEDS-26-314");
        assertThat(SearchTerms.query("lu11aa")).containsAnyElementsOf(terms);
        assertThat(SearchTerms.query(" beds-26-314 ")).contains("rid|BEDS-26-314");
    }

    @Test
    void termsAreStoredAsHashesThatDoNotChangeBetweenRuns() {
        assertThat(SearchTerms.hash("id|PHONE|+447700900123")).isEqualTo(SearchTerms.hash("id|PHONE|+447700900123"))
                .isNotEqualTo(SearchTerms.hash("id|PHONE|+447700900124"));
        assertThat(SearchTerms.hash("rid|MET-1")).isEqualTo(-1_569_746_606_589_893_471L);
    }

    @Test
    void anEmptyOrOverlongQueryAsksForNothing() {
        assertThat(SearchTerms.query("  ")).isEmpty();
        assertThat(SearchTerms.query("x".repeat(201))).isEmpty();
    }

    private PersonRecord person(String given, String family, String phone) {
        List<Identifier> ids = phone == null ? List.of() : List.of(new Identifier(IdentifierType.PHONE, "PHONE", phone));
        Person p = new Person("P1", Role.POTENTIAL_VICTIM, given, family, List.of(), "1999-04-02", "F", "ROU", ids, List.of());
        return normaliser.person(p, Map.of());
    }

}
