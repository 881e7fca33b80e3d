package org.crosslink.app;

import java.util.Map;
import java.util.concurrent.Callable;

import org.crosslink.model.ReportKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Asks the bus to erase a report, and waits for the answer. */
@Command(name = "erase", mixinStandardHelpOptions = true,
        header = "Erase a report under the retention rules.",
        description = {"Erase a report under the retention rules: its content and mentions are removed, the entities it",
                "contributed to recomputed, the alerts that no longer stand withdrawn, and the erasure logged without",
                "copying what was erased. Works on a running bus (through its control queue) or starts one."})
public final class EraseCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "SOURCE/REPORT_ID")
    String report;

    @Option(names = "--reason", required = true, description = "Why: the review decision, for the audit log.")
    String reason;

    @Mixin
    Operator operator;

    @Override
    public Integer call() throws Exception {
        ReportKey key = ReportKey.parse(report);
        String result = ControlRequest.ask(common.settings(), operator,
                Map.of("action", "ERASE", "report", key.toString(), "reason", reason), 60);
        System.out.printf("%s: %s%n", key, result == null ? "no answer from the bus within 60 s" : result);
        return "erased".equals(result) ? 0 : 1;
    }
}
