package org.crosslink.resolve.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.crosslink.resolve.Fixtures;
import org.crosslink.resolve.compare.Agreement;
import org.crosslink.resolve.compare.Households;
import org.crosslink.resolve.compare.PersonComparator;
import org.crosslink.resolve.compare.PlaceholderBirthdays;
import org.crosslink.resolve.compare.Slips;
import org.crosslink.resolve.score.Weights;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Model files as the store keeps them: written, read back, and read when an earlier version wrote them. */
class ModelFileTest {
    private static final Weights START = Fixtures.settings().personWeights();
    private static final String WRITTEN = ModelFile.write(new TrainedModel(3, START, Map.of("ionel", 0.001), Map.of(),
            new TrainedModel.Provenance(Instant.parse("2026-11-01T00:00:00Z"), 5000, 1_000_000, false, 7000, 900, 9, true, 0)));
    /** The same file without the level for a year of birth alone a digit out, as a version before it wrote it. */
    private static final String OLDER = without(WRITTEN, "dateOfBirth", "CLOSE");

    private static String without(String yaml, String field, String level) {
        YAMLMapper mapper = new YAMLMapper();
        JsonNode doc = mapper.readTree(yaml);
        ((ObjectNode) doc.path("person").path("comparisons").path(field)).remove(level);
        return mapper.writeValueAsString(doc);
    }

    @Test
    void aModelReadsBackWithEveryLevelItWasWrittenWith() {
        TrainedModel read = ModelFile.read(WRITTEN, PersonComparator.FIELDS);

        assertThat(read.version()).isEqualTo(3);
        assertThat(read.weights().weight("dateOfBirth", Agreement.CLOSE)).isEqualTo(START.weight("dateOfBirth", Agreement.CLOSE));
    }

    @Test
    void whatTheStoreShowsOfHouseholdsReadsBackAndAModelWithoutItAssumesNothing() {
        TrainedModel learned = new TrainedModel(4, START, Map.of(), Map.of(), PlaceholderBirthdays.FIRST_OF_JANUARY,
                new Households(13, 303, 108), null, new TrainedModel.Provenance(Instant.parse("2026-11-01T00:00:00Z"), 5000,
                1_000_000, false, 7000, 900, 9, true, 0));

        TrainedModel read = ModelFile.read(ModelFile.write(learned), PersonComparator.FIELDS);

        assertThat(read.households()).isEqualTo(new Households(13, 303, 108));
        assertThat(read.placeholderBirthdays()).isEqualTo(PlaceholderBirthdays.FIRST_OF_JANUARY);
        assertThat(ModelFile.read(WRITTEN, PersonComparator.FIELDS).households()).isNull();
        assertThat(ModelFile.households(ModelFile.write(learned))).isEqualTo(new Households(13, 303, 108));
        assertThat(ModelFile.households(OLDER)).as("read alone, from a file the schema would refuse").isNull();
    }

    @Test
    void howOftenTiedPairsDifferReadsBackAndAModelWithoutItAssumesNothing() {
        TrainedModel learned = new TrainedModel(4, START, Map.of(), Map.of(), null, null, new Slips(560, 115, 548, 113),
                new TrainedModel.Provenance(Instant.parse("2026-11-01T00:00:00Z"), 1000, 499_500, true, 1900, 1800, 6, true, 0));

        TrainedModel read = ModelFile.read(ModelFile.write(learned), PersonComparator.FIELDS);

        assertThat(read.slips()).isEqualTo(new Slips(560, 115, 548, 113));
        assertThat(ModelFile.read(WRITTEN, PersonComparator.FIELDS).slips()).isNull();
    }

    @Test
    void aFileWithoutALevelTheComparatorHasIsRefusedWhenGivenByAnOperator() {
        assertThat(OLDER).isNotEqualTo(WRITTEN);

        assertThatThrownBy(() -> ModelFile.read(OLDER, PersonComparator.FIELDS))
                .hasMessageContaining("comparisons.dateOfBirth.CLOSE is missing");
    }

    @Test
    void aStoredModelFromBeforeALevelExistedTakesTheStartingModelsValuesForItAndSaysSo() {
        List<String> defaulted = new ArrayList<>();

        TrainedModel read = ModelFile.readStored(OLDER, PersonComparator.FIELDS, START, defaulted::add);

        assertThat(defaulted).containsExactly("dateOfBirth.CLOSE");
        assertThat(read.weights().weight("dateOfBirth", Agreement.CLOSE)).isEqualTo(START.weight("dateOfBirth", Agreement.CLOSE));
        assertThat(read.weights().weight("dateOfBirth", Agreement.WEAK)).isEqualTo(START.weight("dateOfBirth", Agreement.WEAK));
    }

    @Test
    void aStoredModelFromBeforeAFieldExistedTakesTheStartingModelsValuesForAllItsLevels() {
        YAMLMapper mapper = new YAMLMapper();
        JsonNode doc = mapper.readTree(WRITTEN);
        ((ObjectNode) doc.path("person").path("comparisons")).remove("moniker");
        List<String> defaulted = new ArrayList<>();

        TrainedModel read = ModelFile.readStored(mapper.writeValueAsString(doc), PersonComparator.FIELDS, START, defaulted::add);

        assertThat(defaulted).containsExactlyInAnyOrder("moniker.EXACT", "moniker.DIFFERENT");
        assertThat(read.weights().weight("moniker", Agreement.EXACT)).isEqualTo(START.weight("moniker", Agreement.EXACT));
    }
}
