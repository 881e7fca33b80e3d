package org.crosslink.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosslink.resolve.Fixtures.address;
import static org.crosslink.resolve.Fixtures.person;
import static org.crosslink.resolve.Fixtures.record;

import org.crosslink.resolve.PersonRecord;
import org.crosslink.resolve.normalise.Phonetics;
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

        assertThat(json).doesNotContain("Sound").doesNotContain(Phonetics.metaphone("ionescu"));
        PersonRecord read = Json.read(json, PersonRecord.class);
        assertThat(read.name().familySound()).isEqualTo(Phonetics.metaphone("ionescu"));
        assertThat(read.addresses().get(0).streetSound()).isEqualTo(Phonetics.metaphone(read.addresses().get(0).street()));
    }
}
