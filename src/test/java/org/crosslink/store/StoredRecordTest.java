package org.crosslink.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosslink.resolve.Fixtures.address;
import static org.crosslink.resolve.Fixtures.person;
import static org.crosslink.resolve.Fixtures.record;

import java.util.List;

import org.crosslink.model.IdentifierType;
import org.crosslink.resolve.Id;
import org.crosslink.resolve.PersonRecord;
import org.junit.jupiter.api.Test;

/** A person record as the store writes and reads it back (the loader rebuilds the index from it). */
class StoredRecordTest {
    private final PersonRecord mihai = record(person("P1").named("Mihai", "Ionescu").born("1985-03-12")
            .alias("Mike Jonas").livesAt("L1"), address("L1", "LU1 3XY", "12 Mill Lane"));

    @Test
    void aRecordReadBackFromTheStoreEqualsTheOneWritten() {
        assertThat(Json.read(Json.write(mihai), PersonRecord.class)).isEqualTo(mihai);
    }

    @Test
    void theSoundsOfNamesAndStreetsAreDerivedOnReadingNotStored() {
        String json = Json.write(mihai);

        // Double Metaphone writes any initial vowel as A: "ionescu" sounds ANSK, "mill lane" MLLN
        assertThat(json).doesNotContain("Sound").doesNotContain("ANSK").doesNotContain("MLLN");
        PersonRecord read = Json.read(json, PersonRecord.class);
        assertThat(read.name().familySound()).isEqualTo("ANSK");
        assertThat(read.addresses().get(0).streetSound()).isEqualTo("MLLN");
    }

    @Test
    void anEmailAddressSeveralPersonsGaveIsReadBackAsSharedAndAPersonsOwnWritesNoFlag() {
        PersonRecord shared = record(person("P1").named("Ion", "Popescu").id(IdentifierType.EMAIL, "ion.popescu88@example.com"));
        shared = new PersonRecord(shared.name(), shared.aliases(), shared.dateOfBirth(), shared.gender(), shared.nationality(),
                List.of(new Id(IdentifierType.EMAIL, "marius.jobs@example.com", true), shared.ids().get(0)), shared.addresses());

        String json = Json.write(shared);

        assertThat(Json.read(json, PersonRecord.class)).isEqualTo(shared);
        assertThat(json.split("\"shared\"", -1)).as("written once, for the shared one").hasSize(2);
    }

    @Test
    void anIdentifierAStoreWroteBeforeIdentifiersCouldBeSharedIsReadAsAPersonsOwn() {
        String json = Json.write(record(person("P1").named("Ion", "Popescu").id(IdentifierType.EMAIL, "ion@example.com")));

        assertThat(Json.read(json.replace(",\"shared\":false", ""), PersonRecord.class).ids())
                .containsExactly(new Id(IdentifierType.EMAIL, "ion@example.com", false));
    }
}
