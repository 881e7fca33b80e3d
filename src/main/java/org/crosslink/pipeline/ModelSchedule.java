package org.crosslink.pipeline;

import java.util.Map;
import java.util.UUID;

import org.crosslink.store.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the bus trains a new person model by itself: first when the store holds {@code firstMentions} person
 * mentions, then each time it has grown by {@code growth} since the model in use was trained, so that training
 * costs at most a few times the store's own resolution however large it grows. A request already on its way is
 * not sent again until it is answered.
 */
public final class ModelSchedule {
    private static final Logger LOG = LoggerFactory.getLogger(ModelSchedule.class);
    private final ControlRequests requests;
    private final boolean enabled;
    private final int firstMentions;
    private final double growth;
    private volatile int trainedAt;
    private volatile boolean pending;

    public ModelSchedule(ControlRequests requests, boolean enabled, int firstMentions, double growth) {
        if (firstMentions < 2 || !(growth > 1)) {
            throw new IllegalArgumentException("first-mentions must be at least 2 and growth more than 1");
        }
        this.requests = requests;
        this.enabled = enabled;
        this.firstMentions = firstMentions;
        this.growth = growth;
    }

    /** The number of person mentions the model in use was trained from (0 for the starting model). */
    public void trainedFrom(int mentions) {
        this.trainedAt = mentions;
        this.pending = false;
    }

    /** A training request was answered (trained or not): the next may be sent when the store has grown again. */
    public void answered(int mentionsNow, boolean trained) {
        pending = false;
        if (!trained) {
            // the store could not teach a model yet: wait for it to grow by the same factor before asking again
            trainedAt = Math.max(trainedAt, (int) Math.min(Integer.MAX_VALUE, mentionsNow));
        }
    }

    /** The number of person mentions at which the next model is trained. */
    public int next() {
        return trainedAt == 0 ? firstMentions : (int) Math.min(Integer.MAX_VALUE, Math.max(firstMentions, Math.ceil(trainedAt * growth)));
    }

    /** After a batch has committed: asks for a new model if the store has grown enough. */
    public void afterCommit(int personMentions) {
        if (!enabled || pending || personMentions < next()) {
            return;
        }
        pending = true;
        String id = UUID.randomUUID().toString();
        try {
            requests.send(id, Json.write(Map.of("action", "MODEL_TRAIN", "apply", true,
                    "reason", "the store has grown to " + personMentions + " person mentions")));
            LOG.info("event=model.train-requested requestId={} mentions={} trainedFrom={}", id, personMentions, trainedAt);
        } catch (Exception e) {
            pending = false;
            LOG.warn("event=model.train-request-failed mentions={} error={}", personMentions, e.toString());
        }
    }
}
