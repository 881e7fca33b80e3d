package org.crosslink.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.crosslink.config.Settings;
import org.crosslink.evaluate.ColumnMapping;
import org.crosslink.evaluate.CsvReports;
import org.crosslink.evaluate.Evaluation;
import org.crosslink.evaluate.FebrlReports;
import org.crosslink.evaluate.JsonlReports;
import org.crosslink.evaluate.LabelledData;
import org.crosslink.intake.IntakeLimits;
import org.crosslink.intake.ReportParser;
import org.crosslink.intake.ReportSchema;
import org.crosslink.resolve.learn.ModelTrainer;
import org.crosslink.runtime.RuntimeSettings;
import org.crosslink.runtime.Progress;
import org.crosslink.runtime.RegistryLoader;
import org.crosslink.runtime.ResolutionConfig;
import org.crosslink.store.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Runs labelled data through the resolution engine and measures it against the truth; the work is in {@code evaluate}. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure entity resolution on labelled data.",
                "The reports are resolved by the same engine and configuration as the bus, in a random order; a model "
                        + "is trained on them, as a bus trains one from its store, and they are resolved again with it "
                        + "(--no-train: the starting model only). The entities are "
                        + "scored against the truth: pairwise precision, recall and F1; false merges (an entity holding "
                        + "two or more true persons) and false splits (a true person spread over two or more entities), "
                        + "the worst of each with the evidence between its two sides; precision and recall across match "
                        + "thresholds.",
                "",
                "THE EXAMPLES PRINT PERSONAL DATA from the input (names, dates of birth, postcodes, identifiers): run it "
                        + "on labelled test data, and keep its output where that data may go; --examples 0 prints the "
                        + "figures only.",
                "",
                "Input: a .jsonl of reports (wire format v1) with --truth; a CSV file with --columns; or a FEBRL-format "
                        + "CSV file.",
                "",
                "Last line: PERSON precision=P recall=R f1=F false_merges=M false_splits=S false_merge_pairs=.. "
                        + "false_split_pairs=.. pred_pairs=.. true_pairs=.. missing=.. after a LOCATION line of the same "
                        + "form when the truth covers locations."})
public final class EvaluateCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "FILE", description = "Reports one per line (.jsonl, with --truth), or a CSV file with a header row "
            + "(with --columns; without, the FEBRL layout rec_id, given_name, surname, ...).")
    Path file;

    @Option(names = "--truth", paramLabel = "TRUTH.jsonl", description = "The truth of each mention, one JSON object a line: "
            + "{\"source\",\"reportId\",\"ref\",\"truth\"}, and \"kind\" PERSON (the default) or LOCATION.")
    Path truth;

    @Option(names = "--columns", paramLabel = "MAPPING", description = "How a CSV row becomes a report: field=column,... "
            + "e.g. id=rec_id,truth=cluster,givenName=first_name,familyName=surname,dateOfBirth=dob,postcode=postcode. "
            + "A value may join columns with + (addressLine1=number+street) or be a constant in single quotes (country='GB'). "
            + "Fields: id, truth (required), source, givenName, familyName (or name: a full name, 'Family, Given' or "
            + "the last word the family name), alias, dateOfBirth (yyyy-mm-dd, yyyymmdd, dd/mm/yyyy, dd.mm.yyyy, "
            + "or three columns year+month+day or day+month+year), "
            + "gender, nationality, phone, email, passport, nationalId, niNumber, pncId, homeOfficeRef, vehicle, bankAccount, addressLine1, "
            + "addressLine2, town, postcode, region, country. Any address field gives each row a location.")
    String columns;

    @Option(names = "--missing", paramLabel = "VALUES", split = ",", description = "With --columns: cell values that mean "
            + "a missing value, compared whole (default: ${DEFAULT-VALUE}; --missing '' for none).")
    List<String> missing = new ArrayList<>(ColumnMapping.DEFAULT_MISSING);

    @Option(names = "--examples", paramLabel = "N",
            description = "Show the N worst false merges and false splits, with the mentions' personal data (default: ${DEFAULT-VALUE}).")
    int examples = 5;

    @Option(names = "--plot", paramLabel = "FILE.png", description = "Write the precision-recall curve across match thresholds as a PNG.")
    Path plot;

    @Option(names = "--seed",
            description = "Seed for the arrival order, and for spreading CSV rows across forces (default: ${DEFAULT-VALUE}).")
    long seed = 46;

    @Option(names = "--orders",
            description = "Also resolve in this many other random orders and report the pairwise agreement between them (default: ${DEFAULT-VALUE}).")
    int orders = 0;

    @Option(names = "--no-train", description = "Resolve with the configured starting model only; by default a model is "
            + "first trained on the data, as a bus trains one from its store.")
    boolean noTrain;

    @Override
    public Integer call() throws Exception {
        Settings settings = common.settings();
        LabelledData data;
        try {
            data = read(settings);
        } catch (IllegalArgumentException e) {
            System.err.println("evaluate: " + e.getMessage());
            return 2;
        } catch (NoSuchFileException e) {
            System.err.println("evaluate: no such file: " + e.getFile());
            return 2;
        }
        Evaluation evaluation = new Evaluation(ResolutionConfig.read(settings), Progress::bar);
        evaluation.run(data, new Evaluation.Options(seed, orders, examples, plot,
                noTrain ? null : new ModelTrainer(RuntimeSettings.trainingOptions(settings)))).print(System.out);
        return 0;
    }

    private LabelledData read(Settings settings) throws IOException {
        if (truth != null) {
            if (columns != null) {
                throw new IllegalArgumentException("--columns is for a CSV file; a .jsonl of reports takes --truth only");
            }
            return new JsonlReports(new ReportParser(IntakeLimits.defaults()), schema(settings)).read(file, truth);
        }
        if (file.toString().endsWith(".jsonl")) {
            throw new IllegalArgumentException("reports in a .jsonl file need their truth: --truth TRUTH.jsonl");
        }
        return columns == null ? FebrlReports.data(file, seed) : CsvReports.read(file, ColumnMapping.parse(columns).withMissing(missing), seed);
    }

    private static ReportSchema schema(Settings s) {
        try (InputStream in = s.home().open(s.get("crosslink.intake.schema"))) {
            return new ReportSchema(Json.MAPPER.readTree(in), RegistryLoader.load(s).sourceCodes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
