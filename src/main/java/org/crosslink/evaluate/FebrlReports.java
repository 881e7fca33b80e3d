package org.crosslink.evaluate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.crosslink.model.MentionKey;
import org.crosslink.model.Report;

/**
 * A FEBRL-format file (rec_id, given_name, surname, street_number, address_1, address_2, suburb, postcode, state,
 * date_of_birth, soc_sec_id): a labelled CSV file with a preset {@link ColumnMapping#febrl() mapping}, whose truth is
 * the N of {@code rec-N-org} and {@code rec-N-dup-k}.
 */
public final class FebrlReports {

    /** A report and the true identity of the person (and address) it describes. */
    public record Labelled(Report report, String truth) {
    }

    private FebrlReports() {
    }

    /** Reads a FEBRL file as labelled data; a row that cannot be used is counted in the problems. */
    public static LabelledData data(Path csv, long seed) throws IOException {
        return CsvReports.read(csv, ColumnMapping.febrl(), seed);
    }

    /** The reports of a FEBRL file, each with its person's truth. */
    public static List<Labelled> read(Path csv, long seed) throws IOException {
        LabelledData data = data(csv, seed);
        return data.reports().stream()
                .map(r -> new Labelled(r, data.personTruth().get(new MentionKey(r.key(), "P1")))).toList();
    }
}
