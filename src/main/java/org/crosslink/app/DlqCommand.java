package org.crosslink.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientConsumer;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientProducer;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.utils.UUIDGenerator;
import org.crosslink.config.Settings;
import org.crosslink.messaging.BrokerClient;
import org.crosslink.messaging.Headers;
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
            try (BrokerClient client = operator.connect(s); ClientSession session = client.autoCommitSession();
                 ClientConsumer browser = session.createConsumer(SimpleString.of(dlq), true)) {
                int n = 0;
                for (ClientMessage m = browser.receiveImmediate(); m != null; m = browser.receiveImmediate()) {
                    n++;
                    System.out.printf("%-24s %-8s %-24s %s%n    %s%n", m.getMessageID(), m.getStringProperty(Headers.SOURCE),
                            m.getStringProperty(Headers.FAILED_AT), preview(m), m.getStringProperty(Headers.ERROR));
                }
                System.out.printf("%d dead letters in %s%n", n, dlq);
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
            int moved = 0;
            try (BrokerClient client = operator.connect(s); ClientSession session = client.transactedSession();
                 ClientConsumer consumer = session.createConsumer(SimpleString.of(dlq));
                 ClientProducer producer = session.createProducer()) {
                for (ClientMessage m = consumer.receiveImmediate(); m != null; m = consumer.receiveImmediate()) {
                    if (!ids.isEmpty() && !ids.contains(m.getMessageID())) {
                        continue;
                    }
                    String queue = m.getStringProperty(Headers.ORIGINAL_QUEUE);
                    // a fresh delivery: the duplicate-detection id of the dead letter and the failure are not carried back
                    m.removeProperty(SimpleString.of(Headers.DUPLICATE_ID));
                    m.removeProperty(SimpleString.of(Headers.ERROR));
                    m.setUserID(UUIDGenerator.getInstance().generateUUID());
                    m.acknowledge();
                    producer.send(SimpleString.of(queue), m);
                    moved++;
                }
                session.commit();
            }
            System.out.printf("%d dead letters put back on their inbound queues%n", moved);
            return 0;
        }
    }

    private static String preview(ClientMessage m) {
        String reportId = m.getStringProperty(Headers.REPORT_ID);
        if (reportId != null) {
            return "report " + reportId;
        }
        return m.getType() == Message.TEXT_TYPE ? "text message" : "bytes message";
    }
}
