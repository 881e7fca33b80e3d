package org.crosslink.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosslink.resolve.Fixtures.address;
import static org.crosslink.resolve.Fixtures.key;
import static org.crosslink.resolve.Fixtures.person;
import static org.crosslink.resolve.Fixtures.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crosslink.model.IdentifierType;
import org.crosslink.model.Location;
import org.crosslink.model.Report;
import org.crosslink.resolve.learn.ModelTrainer;
import org.crosslink.resolve.learn.TrainedModel;
import org.crosslink.resolve.compare.Agreement;
import org.crosslink.resolve.compare.PlaceholderBirthdays;
import org.crosslink.resolve.score.MatchOutcome;
import org.crosslink.resolve.score.Weights;
import org.junit.jupiter.api.Test;

/** The engine's person model: trained from the mentions it holds, and put to use by resolving them again. */
class ModelTrainingTest {
    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    private final ResolutionEngine engine = Fixtures.engine();

    @Test
    void aModelTrainedOnTheHardCasesHasItsProvenanceAndLearnsWhatAgreesAndWhatDoesNot() {
        HardCases.load().reports.forEach(r -> engine.resolve(r, List.of(), List.of()));

        TrainedModel model = engine.train(new ModelTrainer(ModelTrainer.Options.defaults()), 1, NOW);

        assertThat(model.version()).isEqualTo(1);
        assertThat(model.provenance().mentions()).isEqualTo(479);
        assertThat(model.provenance().allPairs()).as("a small store: every pair is a random pair").isTrue();
        assertThat(model.provenance().converged()).isTrue();
        assertThat(model.weights().levels().keySet()).isEqualTo(engine.persons().weights().levels().keySet());
        assertThat(model.weights().weight("dateOfBirth", Agreement.EXACT)).isGreaterThan(5);
        assertThat(model.weights().weight("givenName", Agreement.DIFFERENT)).isNegative();
        assertThat(model.familyFrequencies()).isNotEmpty();
        assertThat(model.placeholderBirthdays().written()).as("too few dates to learn from: the starting model's")
                .containsExactly("01-01");
    }

    @Test
    void inAStoreOfHouseholdsADisagreementOnAFieldThatTellsKinApartCountsNoLessThanInTheStartingModel() {
        HardCases.load().reports.forEach(r -> engine.resolve(r, List.of(), List.of()));
        Weights start = engine.persons().weights();

        TrainedModel model = engine.train(new ModelTrainer(ModelTrainer.Options.defaults()), 1, NOW);

        assertThat(model.households().present()).as(model.households().summary()).isTrue();
        for (String field : List.of("givenName", "dateOfBirth", "gender")) {
            start.levels().get(field).forEach((level, l) -> {
                if (l.weight() < 0) {
                    assertThat(model.weights().weight(field, level)).as("%s %s", field, level).isLessThanOrEqualTo(l.weight() + 1e-9);
                }
            });
        }
        assertThat(model.weights().weight("dateOfBirth", Agreement.CLOSE)).as("a year a digit from another's date")
                .isEqualTo(start.weight("dateOfBirth", Agreement.CLOSE), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aSharedEmailThatRandomPairsAlmostNeverHaveIsLearnedAsStrongEvidence() {
        String[] given = {"Anna", "Maria", "Olena", "Ewa", "Ioana", "Sara", "Lena", "Nadia", "Vera", "Irina"};
        String[] family = {"Kowal", "Popa", "Shevchenko", "Nowak", "Horvat", "Ionescu", "Bondar", "Petrov"};
        for (int i = 0; i < 80; i++) {
            String g = given[i % given.length];
            String f = family[(i / given.length) % family.length];
            String born = String.format("19%02d-%02d-%02d", 60 + i % 40, 1 + i % 12, 1 + i % 28);
            String mail = g.toLowerCase() + "." + f.toLowerCase() + i + "@example.com";
            resolve(report("MET", "R" + i).with(person("P1").named(g, f).born(born).id(IdentifierType.EMAIL, mail)).build());
            resolve(report("GMP", "S" + i).with(person("P1").named(g, f).born(born).id(IdentifierType.EMAIL, mail)).build());
        }

        TrainedModel model = engine.train(new ModelTrainer(ModelTrainer.Options.defaults()), 1, NOW);

        // each person's two mentions share an e-mail address no other pair shares: counted among all pairs, that is
        // rare; counted only among the pairs that reached a level of the field, it would look common
        assertThat(model.weights().weight("email", Agreement.EXACT)).isGreaterThan(8);
        assertThat(model.weights().levels().get("email")).doesNotContainKey(Agreement.DIFFERENT);
        assertThat(model.placeholderBirthdays()).as("too few dates to learn from: the starting model's")
                .isEqualTo(PlaceholderBirthdays.FIRST_OF_JANUARY);
    }

    @Test
    void whereDuplicatesAreManyTheMatchesAmongTheRandomPairsAreNotTakenForCoincidenceOnAnIdentifier() {
        String[] given = {"Anna", "Maria", "Olena", "Ewa", "Ioana", "Sara", "Lena", "Nadia", "Vera", "Irina"};
        String[] family = {"Kowal", "Popa", "Shevchenko", "Nowak", "Horvat", "Ionescu", "Bondar", "Petrov"};
        for (int i = 0; i < 300; i++) {
            String g = given[i % given.length];
            String f = family[(i / given.length) % family.length];
            String born = String.format("19%02d-%02d-%02d", 50 + i % 50, 1 + i % 12, 1 + i % 28);
            String id = String.format("%07d", 1_000_003L * i % 9_999_991);
            resolve(report("MET", "R" + i).with(person("P1").named(g, f).born(born).id(IdentifierType.NATIONAL_ID, id)).build());
            resolve(report("GMP", "S" + i).with(person("P1").named(g, f).born(born).id(IdentifierType.NATIONAL_ID, id)).build());
        }
        // fewer random pairs than the store holds: they are drawn, and one in about 600 of them is a matching pair
        ModelTrainer.Options sampled = new ModelTrainer.Options(50_000, 200_000, 200, 1e-6, 20, 10_000, 10, 46);

        TrainedModel model = engine.train(new ModelTrainer(sampled), 1, NOW);

        // no two people share an identifier: every random pair agreeing on one is a match. Counted as coincidence,
        // u would be about the share of matches (1/600) and the agreement worth about 9 bits
        assertThat(model.provenance().allPairs()).isFalse();
        assertThat(model.weights().weight("nationalId", Agreement.EXACT)).isGreaterThan(15);
    }

    @Test
    void applyingAModelThatTrustsTheEvidenceMoreJoinsWhatWasOnlyAPossibleMatchAndReturnsTheEntity() {
        resolve(report("MET", "R1").with(person("P1").named("Mihai", "Ionescu").phone("07700 900461").nationality("Romanian")).build());
        resolve(report("GMP", "R2").with(person("P1").named("M.", "Ionescu").phone("07700900461").nationality("Romanian")).build());
        assertThat(engine.persons().mention(key("GMP", "R2", "P1")).edges()).singleElement()
                .extracting(Edge::outcome).isEqualTo(MatchOutcome.POSSIBLE);

        ResolutionEngine.Changes changes = engine.apply(withPrior(0.5), "a model that trusts names more");

        Entity<PersonRecord> joined = engine.persons().mention(key("GMP", "R2", "P1")).entity();
        assertThat(joined).isSameAs(engine.persons().mention(key("MET", "R1", "P1")).entity());
        assertThat(changes.persons()).contains(joined);
        assertThat(engine.modelVersion()).isEqualTo(1);
    }

    @Test
    void applyingAModelKeepsPeopleWhoContradictEachOtherApart() {
        resolve(report("MET", "R1").with(person("P1").named("Mihai", "Ionescu").born("1960-03-12").gender("M").phone("07700 900461")).build());
        resolve(report("GMP", "R2").with(person("P1").named("Mihai", "Ionescu").born("1992-08-30").gender("M").phone("07700 900461")).build());

        engine.apply(withPrior(0.5), "a model that trusts names more");

        assertThat(engine.persons().mention(key("GMP", "R2", "P1")).entity())
                .isNotSameAs(engine.persons().mention(key("MET", "R1", "P1")).entity());
    }

    @Test
    void underAModelThatTrustsTheEvidenceMoreTwoHouseMatesOfOneGivenNameOnOnePhoneAreAQuestionNotOnePerson() {
        resolve(report("WMP", "R1").with(person("P1").named("Marian", "Stan").gender("M").phone("07700 900990").livesAt("L1"))
                .with(address("L1", "WV13 1RF", "14 Walsall Street")).build());
        resolve(report("BTP", "R2").with(person("P1").named("Marian", "Ionescu").gender("M").phone("07700 900990").livesAt("L1"))
                .with(address("L1", "WV13 1RF", "14 Walsall Street")).build());

        engine.apply(withPrior(0.5), "a model that trusts names more");

        Mention<PersonRecord> ionescu = engine.persons().mention(key("BTP", "R2", "P1"));
        assertThat(ionescu.edges()).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(MatchOutcome.POSSIBLE);
            assertThat(e.probability()).as("past a match by the sum").isGreaterThan(0.99);
        });
        assertThat(ionescu.entity()).isNotSameAs(engine.persons().mention(key("WMP", "R1", "P1")).entity());
        assertThat(engine.persons().score(engine.persons().mention(key("WMP", "R1", "P1")).record(), ionescu.record()).question())
                .startsWith("house-mates of one given name");
    }

    @Test
    void aModelThatWeighsTwoPassportsMildlyStillKeepsTheirBearersInTwoEntities() {
        resolve(report("MET", "R1").with(person("P1").named("Mihai", "Ionescu").born("1960-03-12").id(IdentifierType.PASSPORT, "RO1234567")).build());
        resolve(report("GMP", "R2").with(person("P1").named("Mihai", "Ionescu").born("1960-03-12")).build());
        resolve(report("WMP", "R3").with(person("P1").named("Mihai", "Ionescu").born("1960-03-12").id(IdentifierType.PASSPORT, "RO7654321")).build());

        engine.apply(withWeakPassportDisagreement(), "a model that has seen passports replaced");

        // the new model links the two passports' bearers; the clusterer keeps the starting model's veto
        assertThat(engine.persons().score(engine.persons().mention(key("MET", "R1", "P1")).record(),
                engine.persons().mention(key("WMP", "R3", "P1")).record()).outcome()).isEqualTo(MatchOutcome.MATCH);
        assertThat(engine.persons().mention(key("WMP", "R3", "P1")).entity())
                .isNotSameAs(engine.persons().mention(key("MET", "R1", "P1")).entity());
    }

    @Test
    void aStoreWhoseRecordsAtOneAddressDifferInGivenNameAloneButNeverInBothLearnsThatTheyAreOnePerson() {
        List<Integer> replaced = personsEachTwiceOneInThreeWithTheGivenNameReplaced();

        TrainedModel model = engine.train(new ModelTrainer(ModelTrainer.Options.defaults()), 1, NOW);
        engine.apply(model, "a model trained on a store without households");

        assertThat(model.households().givenNameHoldsApart()).as(model.households().summary()).isFalse();
        for (int i : replaced) {
            assertThat(entityOf("MET", i)).as("person %d", i).isSameAs(entityOf("GMP", i));
        }
    }

    @Test
    void theSameRecordsBesideHouseholdsStayApartForTheyMayBeTwins() {
        List<Integer> replaced = personsEachTwiceOneInThreeWithTheGivenNameReplaced();
        String[] parents = {"Adam", "Ewa", "Jan", "Zofia", "Piotr", "Anna", "Marek", "Ola"};
        for (int h = 0; h < 15; h++) {
            String family = "Household" + (char) ('a' + h);
            Location home = Fixtures.address("L1", "N" + (h + 1) + " 2AB", (h + 1) + " Mill Lane", "London");
            String[][] members = {{parents[h % 8], "1961-02-" + (10 + h)}, {parents[(h + 3) % 8], "1964-07-" + (10 + h)},
                    {"Child" + (char) ('a' + h), "1995-11-" + (10 + h)}};
            for (int m = 0; m < members.length; m++) {
                resolve(report("KENT", "H" + h + "-" + m).with(person("P1").named(members[m][0], family).born(members[m][1])
                        .livesAt("L1")).with(home).build());
            }
        }

        TrainedModel model = engine.train(new ModelTrainer(ModelTrainer.Options.defaults()), 1, NOW);
        engine.apply(model, "a model trained on a store of households");

        assertThat(model.households().givenNameHoldsApart()).as(model.households().summary()).isTrue();
        for (int i : replaced) {
            assertThat(entityOf("MET", i)).as("person %d", i).isNotSameAs(entityOf("GMP", i));
        }
    }

    @Test
    void aStoreWhoseRecordsTiedByAnEmailOftenDifferInDateLearnsThatADateAloneHoldsNoOneApart() {
        List<Integer> mistyped = new ArrayList<>();
        for (int i = 0; i < 36; i++) {
            String family = "Family" + (char) ('a' + i / 10) + (char) ('a' + i % 10);
            String born = String.format("19%02d-%02d-%02d", 50 + i, 1 + i % 12, 2 + i % 27);
            String other = i % 3 == 0 ? String.format("19%02d-%02d-%02d", 50 + i, 1 + (i + 5) % 12, 2 + (i + 13) % 27) : born;
            if (i % 3 == 0) {
                mistyped.add(i);
            }
            String mail = family.toLowerCase() + "@example.org";
            resolve(report("MET", "R" + i).with(person("P1").named("Vera", family).born(born).id(IdentifierType.EMAIL, mail)).build());
            resolve(report("GMP", "R" + i).with(person("P1").named("Vera", family).born(other).id(IdentifierType.EMAIL, mail)).build());
            resolve(report("KENT", "R" + i).with(person("P1").named("Vera", family).born(other)).build());
        }
        for (int i : mistyped) {
            assertThat(entityOf("KENT", i)).as("person %d, the starting model", i).isNotSameAs(entityOf("MET", i));
        }

        TrainedModel model = engine.train(new ModelTrainer(ModelTrainer.Options.defaults()), 1, NOW);
        engine.apply(model, "a model trained on a store whose dates are often wrong");

        assertThat(model.slips().dateHoldsApart()).as(model.slips().summary()).isFalse();
        for (int i : mistyped) {
            assertThat(entityOf("KENT", i)).as("person %d", i).isSameAs(entityOf("MET", i));
        }
    }

    /**
     * Thirty-six people, each reported by two forces at an address of their own; for one in three the second report gives
     * another given name, as a record whose given name was replaced does. Returns those.
     */
    private List<Integer> personsEachTwiceOneInThreeWithTheGivenNameReplaced() {
        String[] given = {"Anna", "Maria", "Olena", "Ewa", "Ioana", "Sara", "Lena", "Nadia", "Vera", "Irina"};
        String[] other = {"Wiktoria", "Bozena", "Dobromila", "Jadwiga", "Gertruda", "Urszula"};
        List<Integer> replaced = new ArrayList<>();
        for (int i = 0; i < 36; i++) {
            String family = "Family" + (char) ('a' + i / 10) + (char) ('a' + i % 10);
            String born = String.format("19%02d-%02d-%02d", 50 + i, 1 + i % 12, 1 + i % 28);
            Location home = Fixtures.address("L1", "E" + (i + 1) + " 7HL", (i + 1) + " Cromwell Road", "London");
            String second = i % 3 == 0 ? other[i % other.length] : given[i % given.length];
            if (i % 3 == 0) {
                replaced.add(i);
            }
            resolve(report("MET", "R" + i).with(person("P1").named(given[i % given.length], family).born(born).livesAt("L1"))
                    .with(home).build());
            resolve(report("GMP", "R" + i).with(person("P1").named(second, family).born(born).livesAt("L1")).with(home).build());
        }
        return replaced;
    }

    private Entity<PersonRecord> entityOf(String source, int i) {
        return engine.persons().mention(key(source, "R" + i, "P1")).entity();
    }

    private void resolve(Report r) {
        engine.resolve(r, List.of(), List.of());
    }

    /** The starting model's weights with two different passports only mild evidence against, as version 1. */
    private TrainedModel withWeakPassportDisagreement() {
        Weights start = engine.persons().weights();
        Map<String, EnumMap<Agreement, Weights.Level>> levels = new LinkedHashMap<>();
        start.levels().forEach((field, byLevel) -> levels.put(field, new EnumMap<>(byLevel)));
        levels.get("passport").put(Agreement.DIFFERENT, new Weights.Level(0.3, 0.99999));
        return new TrainedModel(1, new Weights(start.prior(), levels), Map.of(), Map.of(),
                new TrainedModel.Provenance(NOW, 3, 3, true, 2, 2, 1, true, 0));
    }

    /** The starting model's weights under another prior, as version 1. */
    private TrainedModel withPrior(double prior) {
        Weights start = engine.persons().weights();
        return new TrainedModel(1, new Weights(prior, start.levels()), Map.of(), Map.of(),
                new TrainedModel.Provenance(NOW, 2, 1, true, 1, 1, 1, true, 0));
    }
}
