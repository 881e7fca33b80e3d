package org.crosslink.app;

import org.crosslink.config.ConfigurationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The crosslink command line. */
@Command(name = "crosslink", mixinStandardHelpOptions = true, version = "crosslink 0.1.0",
        description = "Cross-force intelligence-sharing bus for modern slavery and human trafficking.",
        subcommands = {RunCommand.class, DemoCommand.class, ReplayCommand.class, SubscribeCommand.class, ExplainCommand.class,
                EvaluateCommand.class, ModelCommand.class, AuditCommand.class, EraseCommand.class, DlqCommand.class, StatusCommand.class,
                BenchCommand.class, ConsoleBenchCommand.class})
public final class Crosslink {
    /** The exit code when the configuration is wrong (an unknown setting, a port in use): nothing was started. */
    public static final int CONFIGURATION_ERROR = 2;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The command line, as main runs it: a configuration problem is printed as one message, without a stack trace.
     * Help is 120 columns wide, the width the commands' descriptions are written to.
     */
    public static CommandLine commandLine() {
        return new CommandLine(new Crosslink()).setCaseInsensitiveEnumValuesAllowed(true).setUsageHelpWidth(120)
                .setExecutionExceptionHandler(Crosslink::failed);
    }

    private static int failed(Exception e, CommandLine command, CommandLine.ParseResult parsed) throws Exception {
        ConfigurationException problem = ConfigurationException.in(e);
        if (problem == null) {
            throw e;
        }
        command.getErr().println("crosslink " + command.getCommandName() + ": " + problem.getMessage());
        command.getErr().flush();
        return CONFIGURATION_ERROR;
    }
}
