package org.crosslink.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.crosslink.config.Settings;
import org.crosslink.resolve.compare.PersonComparator;
import org.crosslink.resolve.learn.ModelFile;
import org.crosslink.runtime.BusRuntime;
import org.crosslink.store.Database;
import org.crosslink.store.Models;
import org.crosslink.store.Rows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The person model: which is in use, training a new one from the store, putting one to use. */
@Command(name = "model", mixinStandardHelpOptions = true,
        header = "The person model: list, show, train and apply it.",
        description = {"The person model resolution uses: the starting model of config/resolution.yaml until the bus",
                "has trained one from its store (it does so itself as the store grows: crosslink.model.*).",
                "Training and applying go through the bus's control queue, as its single writer's work: they work",
                "on a running bus, or start one on the data directory."},
        subcommands = {ModelCommand.Show.class, ModelCommand.ListModels.class, ModelCommand.Train.class, ModelCommand.Apply.class})
public final class ModelCommand {

    /** Prints a stored model (the one in use by default) as YAML, or writes it to a file. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print the model in use (or a stored version) as YAML.")
    static final class Show implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Option(names = "--version", description = "A stored version (default: the one in use).")
        Integer version;

        @Option(names = "--out", paramLabel = "FILE.yaml", description = "Write it to this file instead.")
        Path out;

        @Override
        public Integer call() throws Exception {
            Settings s = common.settings();
            try (Database db = BusRuntime.openDatabase(s)) {
                Models models = new Models(db);
                Optional<Rows.Model> model = version == null ? models.active() : models.version(version);
                if (model.isEmpty()) {
                    System.out.println(version == null ? "model: none trained yet; the starting model " + s.get("crosslink.resolve.config")
                            + " is in use" : "model: no version " + version);
                    return version == null ? 0 : 1;
                }
                if (out != null) {
                    Files.writeString(out, model.get().body(), StandardCharsets.UTF_8);
                    System.out.println("model " + model.get().version() + " written to " + out);
                } else {
                    System.out.print(model.get().body());
                }
                return 0;
            }
        }
    }

    /** Lists the stored versions. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the stored models: version, when trained, from how many mentions, which is in use.")
    static final class ListModels implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Override
        public Integer call() throws Exception {
            try (Database db = BusRuntime.openDatabase(common.settings())) {
                List<Rows.Model> all = new Models(db).list();
                if (all.isEmpty()) {
                    System.out.println("model: none trained yet; the starting model is in use");
                }
                for (Rows.Model m : all) {
                    System.out.printf("%d  trained %s from %d person mentions%s%n", m.version(), m.trainedAt(), m.mentions(),
                            m.active() ? "  (in use)" : "");
                }
                return 0;
            }
        }
    }

    /** Trains a model from the store and, unless told not to, resolves the store again under it. */
    @Command(name = "train", mixinStandardHelpOptions = true,
            description = {"Train a person model from the store (u from random pairs, m by EM over blocked pairs, the prior",
                    "and name frequencies from the store) and resolve the store again under it: entities merge and split",
                    "as entity events, alerts are raised, updated or withdrawn, and all of it is audited."})
    static final class Train implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Mixin
        Operator operator;

        @Option(names = "--no-apply", description = "Store the trained model without putting it to use (see 'model show --version').")
        boolean noApply;

        @Option(names = "--reason", description = "Why, for the audit log (default: ${DEFAULT-VALUE}).")
        String reason = "trained on an operator's request";

        @Option(names = "--timeout-seconds", description = "How long to wait for the bus's answer (default: ${DEFAULT-VALUE}).")
        int timeoutSeconds = 600;

        @Override
        public Integer call() throws Exception {
            String result = ControlRequest.ask(common.settings(), operator,
                    Map.of("action", "MODEL_TRAIN", "apply", !noApply, "reason", reason), timeoutSeconds);
            System.out.println("model: " + (result == null ? "no answer from the bus within " + timeoutSeconds + " s" : result));
            return result != null && (result.startsWith("applied") || result.startsWith("trained")) ? 0 : 1;
        }
    }

    /** Puts a model from a file to use. */
    @Command(name = "apply", mixinStandardHelpOptions = true,
            description = "Put a model written by 'model show --out' to use, and resolve the store again under it.")
    static final class Apply implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Mixin
        Operator operator;

        @Parameters(paramLabel = "MODEL.yaml")
        Path file;

        @Spec
        CommandSpec spec;

        @Option(names = "--reason", required = true, description = "Why, for the audit log.")
        String reason;

        @Option(names = "--timeout-seconds", description = "How long to wait for the bus's answer (default: ${DEFAULT-VALUE}).")
        int timeoutSeconds = 600;

        @Override
        public Integer call() throws Exception {
            String yaml = Files.readString(file, StandardCharsets.UTF_8);
            try {
                ModelFile.read(yaml, PersonComparator.FIELDS); // refuse a bad file here, with its reason, before sending it
            } catch (RuntimeException e) {
                spec.commandLine().getErr().println("model apply: " + file + " is not a model: " + e.getMessage());
                return 2;
            }
            String result = ControlRequest.ask(common.settings(), operator,
                    Map.of("action", "MODEL_APPLY", "model", yaml, "reason", reason), timeoutSeconds);
            System.out.println("model: " + (result == null ? "no answer from the bus within " + timeoutSeconds + " s" : result));
            return result != null && result.startsWith("applied") ? 0 : 1;
        }
    }
}
