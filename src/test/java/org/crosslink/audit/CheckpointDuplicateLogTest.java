package org.crosslink.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.message.SimpleMessage;
import org.junit.jupiter.api.Test;

/**
 * The bus's logging configuration: the broker's note that it dropped a re-sent audit checkpoint (the head published
 * again at a start, unmoved since the stop) is expected and kept out of the log; any other duplicate it drops, and
 * any other warning, is not.
 */
class CheckpointDuplicateLogTest {
    private static final String BROKER = "org.apache.activemq.artemis.core.server";
    private static final String DROPPED = "AMQ222059: Duplicate message detected - message will not be routed. Message information:\n"
            + "CoreMessage[messageID=4983, durable=true, address=crosslink.audit.checkpoints, size=697, "
            + "properties=TypedProperties[_AMQ_DUPL_ID=%s, _AMQ_VALIDATED_USER=crosslink-bus]]@200030742";

    @Test
    void aCheckpointTheBrokerDroppedAsADuplicateIsNotLogged() {
        assertThat(logged(DROPPED.formatted("crosslink-audit-checkpoint-62"))).isFalse();
    }

    @Test
    void anotherMessageTheBrokerDroppedAsADuplicateIsLogged() {
        assertThat(logged(DROPPED.formatted("crosslink-alert-A-YTNJQRJ3GROB-3-MET"))).isTrue();
    }

    @Test
    void anotherBrokerWarningIsLogged() {
        assertThat(logged("AMQ222010: Critical IO Error, shutting down the server. file=crosslink-audit-checkpoint-62")).isTrue();
    }

    private static boolean logged(String text) {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        LoggerConfig config = context.getConfiguration().getLoggerConfig(BROKER);
        LogEvent event = Log4jLogEvent.newBuilder().setLoggerName(BROKER).setLevel(Level.WARN)
                .setMessage(new SimpleMessage(text)).build();
        return Level.WARN.isMoreSpecificThan(config.getLevel()) && !config.isFiltered(event);
    }
}
