package org.crosslink.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.crosslink.config.Settings;
import org.crosslink.messaging.BrokerClient;
import org.crosslink.messaging.DeadLetters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The dead-letter queue: reports the bus could not process after every retry, with the exception. */
@Command(name = "dlq", mixinStandardHelpOptions = true,
        description = "Inspect and resubmit the reports in the dead-letter queue (crosslink.dlq).",
        subcommands = {DlqCommand.ListDead.class, DlqCommand.Retry.class})
public final class DlqCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the dead letters: source, report id, when and why it failed.")
    public static final class ListDead implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Mixin
        Operator operator;

        @Override
        public Integer call() throws Exception {
            Settings s = common.settings();
            String dlq = s.get("crosslink.queue.dead-letter");
            try (BrokerClient client = operator.connect(s)) {
                List<DeadLetters.DeadLetter> dead = new DeadLetters(client, dlq).list();
                for (DeadLetters.DeadLetter d : dead) {
                    System.out.printf("%-24s %-8s %-24s %s%n    %s%n", d.messageId(), d.source(), d.failedAt(), d.what(), d.error());
                }
                System.out.printf("%d dead letters in %s%n", dead.size(), dlq);
            }
            return 0;
        }
    }

    @Command(name = "retry", mixinStandardHelpOptions = true,
            description = "Put dead letters back on the inbound queue they came from, for the bus to try again.")
    public static final class Retry implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Mixin
        Operator operator;

        @Option(names = "--id", description = "Only the dead letter with this message id (from 'dlq list'); default: all of them.")
        List<Long> ids = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            Settings s = common.settings();
            String dlq = s.get("crosslink.queue.dead-letter");
            int moved;
            try (BrokerClient client = operator.connect(s)) {
                moved = new DeadLetters(client, dlq).retry(ids);
            }
            System.out.printf("%d dead letters put back on their inbound queues%n", moved);
            return 0;
        }
    }
}
