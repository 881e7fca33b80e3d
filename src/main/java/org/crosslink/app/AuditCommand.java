package org.crosslink.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.crosslink.audit.AuditKey;
import org.crosslink.audit.Checkpoint;
import org.crosslink.audit.CheckpointKeys;
import org.crosslink.config.Settings;
import org.crosslink.messaging.AuditCheckpoints;
import org.crosslink.messaging.BrokerClient;
import org.crosslink.messaging.security.Principals;
import org.crosslink.model.ReportKey;
import org.crosslink.runtime.BusRuntime;
import org.crosslink.store.AuditLog;
import org.crosslink.store.AuditTrail;
import org.crosslink.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The audit log: check its chain against the signed checkpoints, or list what happened to one report or what was recorded about one entity. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "The audit log (Data Protection Act 2018, s62).",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Show.class})
public final class AuditCommand {

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Recompute the keyed hash chain and compare it with the signed checkpoints the broker keeps; print the "
                    + "number of entries and the first that differs, if any.",
                    "Exit 0: intact and checked against the checkpoints; 1: broken; 2: the chain is intact but the checkpoints "
                            + "could not be read (the broker is not reachable)."})
    public static final class Verify implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Option(names = "--user", description = "The login that reads the checkpoints (default: auditor).")
        String user = Principals.AUDITOR;

        @Option(names = "--password-file", paramLabel = "FILE",
                description = "A file holding the login's password (default: CROSSLINK_PASSWORD, else the password generated in the data directory, else a prompt).")
        Path passwordFile;

        @Override
        public Integer call() throws Exception {
            Settings s = common.settings();
            AuditKey key = AuditKey.load(s.path("crosslink.audit.key"));
            List<Checkpoint> checkpoints = new ArrayList<>();
            String unread = readCheckpoints(s, checkpoints);
            if (unread != null && unread.startsWith("BROKEN")) {
                System.out.println("audit log " + unread);
                return 1;
            }
            try (Database db = BusRuntime.openDatabase(s)) {
                AuditLog.Verification v = new AuditLog(key).verify(db, checkpoints);
                if (!v.intact()) {
                    System.out.printf("audit log BROKEN at entry %d: %s (%d entries before it verify)%n", v.firstBroken(), v.problem(), v.entries());
                    return 1;
                }
                if (unread != null) {
                    System.out.printf("audit log chain intact: %d entries; checkpoints NOT checked: %s%n", v.entries(), unread);
                    return 2;
                }
                System.out.printf("audit log intact: %d entries, %d signed checkpoints agree%n", v.entries(), v.checkpoints());
                return 0;
            }
        }

        /** Adds the checkpoints whose signatures hold; returns why they could not be read, or BROKEN and why, or null. */
        private String readCheckpoints(Settings s, List<Checkpoint> into) {
            CheckpointKeys.Verifier verifier = CheckpointKeys.verifier(s.path("crosslink.audit.verify-key"));
            List<String> texts;
            try (BrokerClient client = BrokerClient.connectOnce(Operator.brokerUrl(s), user, PasswordSource.find(passwordFile, s, user))) {
                texts = new AuditCheckpoints(s.get("crosslink.audit.checkpoint-queue")).browse(client);
            } catch (Exception e) {
                return "cannot read " + s.get("crosslink.audit.checkpoint-queue") + " as " + user + " (" + e.getMessage() + ")";
            }
            for (String text : texts) {
                Checkpoint cp;
                try {
                    cp = Checkpoint.parse(text);
                } catch (IllegalArgumentException e) {
                    return "BROKEN: a message on the checkpoints' queue is not a checkpoint (" + e.getMessage() + ")";
                }
                if (!verifier.valid(cp)) {
                    return "BROKEN: the checkpoint of entry " + cp.seq() + " (at " + cp.at() + ") does not bear the bus's signature";
                }
                into.add(cp);
            }
            return null;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "List everything that happened to one report, or everything recorded about one entity (who consulted it).")
    public static final class Show implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Option(names = "--report", paramLabel = "SOURCE/REPORT_ID")
        String report;

        @Option(names = "--entity", paramLabel = "ENTITY_ID", description = "An entity instead of a report: its consultations "
                + "(explain, the console), disclosures and combinations.")
        String entity;

        @Override
        public Integer call() throws Exception {
            if ((report == null) == (entity == null)) {
                System.err.println("audit show: give one of --report or --entity");
                return 2;
            }
            if (entity != null) {
                try (Database db = BusRuntime.openDatabase(common.settings())) {
                    List<String> lines = AuditTrail.forEntity(db, entity);
                    lines.forEach(System.out::println);
                    System.out.printf("%d entries for %s%n", lines.size(), entity);
                    return 0;
                }
            }
            ReportKey key = ReportKey.parse(report);
            Settings s = common.settings();
            try (Database db = BusRuntime.openDatabase(s)) {
                List<String> lines = AuditTrail.forReport(db, key.toString());
                lines.forEach(System.out::println);
                System.out.printf("%d entries for %s%n", lines.size(), key);
                return 0;
            }
        }
    }
}
