package org.crosslink.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.crosslink.evaluate.ColumnMapping.Field;
import org.junit.jupiter.api.Test;

/** The column mapping of a labelled CSV file: what {@code --columns} accepts, and how it refuses what it does not. */
class ColumnMappingTest {

    @Test
    void anUnknownFieldIsRefusedNamingEveryValidOne() {
        assertThatThrownBy(() -> ColumnMapping.parse("id=rec_id,truth=cluster,firstName=first_name"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown field 'firstName' in the column mapping; valid fields: id, truth, source, givenName, familyName,")
                .hasMessageContaining("dateOfBirth").hasMessageContaining("postcode").hasMessageEndingWith("country");
    }

    @Test
    void aFullNameAndItsPartsTogetherAreRefused() {
        assertThatThrownBy(() -> ColumnMapping.parse("truth=t,name=n,familyName=f"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one or the other");
    }

    @Test
    void aMappingWithoutTheTruthIsRefused() {
        assertThatThrownBy(() -> ColumnMapping.parse("id=rec_id,givenName=first_name"))
                .hasMessage("the column mapping must say which column holds the truth: truth=COLUMN");
    }

    @Test
    void aPartThatIsNotFieldEqualsColumnIsRefused() {
        assertThatThrownBy(() -> ColumnMapping.parse("truth=cluster,surname")).hasMessageStartingWith("column mapping 'surname' is not field=column");
        assertThatThrownBy(() -> ColumnMapping.parse("truth=cluster,givenName=")).hasMessageContaining("names no column");
        assertThatThrownBy(() -> ColumnMapping.parse("truth=a,truth=b")).hasMessage("field 'truth' is mapped twice in the column mapping");
    }

    @Test
    void aValueJoinsColumnsWithPlusOrIsAQuotedConstant() {
        ColumnMapping m = ColumnMapping.parse("truth=cluster, addressLine1 = number+street ,country='GB'");

        assertThat(m.fields().get(Field.ADDRESS_LINE_1).columns()).containsExactly("number", "street");
        assertThat(m.fields().get(Field.COUNTRY).constant()).isEqualTo("GB");
        assertThat(m.missingColumns(List.of("cluster", "number"))).containsExactly("street");
    }

    @Test
    void onlyAnAddressColumnGivesRowsALocationNotAConstantCountry() {
        assertThat(ColumnMapping.parse("truth=cluster,country='GB'").hasAddress()).isFalse();
        assertThat(ColumnMapping.parse("truth=cluster,postcode=pc").hasAddress()).isTrue();
    }

    @Test
    void febrlTakesItsTruthFromTheRecordId() {
        ColumnMapping febrl = ColumnMapping.febrl();

        assertThat(febrl.truth("rec-12-dup-3")).contains("12");
        assertThat(febrl.truth("rec-12-org")).contains("12");
        assertThat(febrl.truth("record twelve")).isEmpty();
        assertThat(ColumnMapping.parse("truth=cluster").truth(" 17 ")).contains("17");
    }
}
