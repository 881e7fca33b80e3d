package org.crosslink.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The crosslink command line. */
@Command(name = "crosslink", mixinStandardHelpOptions = true, version = "crosslink 0.1.0",
        description = "Cross-force intelligence-sharing bus for modern slavery and human trafficking.",
        subcommands = {RunCommand.class, DemoCommand.class, ReplayCommand.class, SubscribeCommand.class, ExplainCommand.class,
                EvaluateCommand.class, EstimateCommand.class, AuditCommand.class, EraseCommand.class, DlqCommand.class, BenchCommand.class,
                ConsoleBenchCommand.class})
public final class Crosslink {
    public static void main(String[] args) {
        System.exit(new CommandLine(new Crosslink()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }
}
