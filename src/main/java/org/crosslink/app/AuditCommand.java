package org.crosslink.app;

import java.util.List;
import java.util.concurrent.Callable;

import org.crosslink.model.ReportKey;
import org.crosslink.runtime.BusRuntime;
import org.crosslink.store.AuditLog;
import org.crosslink.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The audit log: check its chain, or list what happened to one report or what was recorded about one entity. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "The audit log (Data Protection Act 2018, s62).",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Show.class})
public final class AuditCommand {

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Recompute the hash chain; print the number of entries and the first broken link, if any.")
    public static final class Verify implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Override
        public Integer call() throws Exception {
            try (Database db = BusRuntime.openDatabase(common.settings())) {
                AuditLog.Verification v = new AuditLog().verify(db);
                if (v.intact()) {
                    System.out.printf("audit log intact: %d entries%n", v.entries());
                    return 0;
                }
                System.out.printf("audit log BROKEN at entry %d: %s (%d entries before it verify)%n", v.firstBroken(), v.problem(), v.entries());
                return 1;
            }
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
                    List<String> lines = new AuditLog().forEntity(db, entity);
                    lines.forEach(System.out::println);
                    System.out.printf("%d entries for %s%n", lines.size(), entity);
                    return 0;
                }
            }
            ReportKey key = ReportKey.parse(report);
            try (Database db = BusRuntime.openDatabase(common.settings())) {
                List<String> lines = new AuditLog().forReport(db, key.toString());
                lines.forEach(System.out::println);
                System.out.printf("%d entries for %s%n", lines.size(), key);
                return 0;
            }
        }
    }
}
