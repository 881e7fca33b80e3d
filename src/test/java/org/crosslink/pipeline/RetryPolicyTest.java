package org.crosslink.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void eachRedeliveryWaitsTheDelayTimesTheMultiplierOnceForEveryRedeliveryBeforeIt() {
        RetryPolicy policy = new RetryPolicy(3, 100, 3, 500, 10_000);

        assertThat(policy.redeliveryDelayMs(1)).isEqualTo(100);
        assertThat(policy.redeliveryDelayMs(2)).isEqualTo(300);
        assertThat(policy.redeliveryDelayMs(3)).isEqualTo(900);
    }

    @Test
    void noRedeliveryWaitsLongerThanCamelsMaximumRedeliveryDelay() {
        RetryPolicy policy = new RetryPolicy(20, 1_000, 2, 500, 10_000);

        assertThat(policy.redeliveryDelayMs(20)).isEqualTo(RetryPolicy.MAXIMUM_REDELIVERY_DELAY_MS);
    }

    @Test
    void anOutageWaitDoublesUpToItsMaximum() {
        RetryPolicy policy = new RetryPolicy(3, 100, 2, 500, 1_500);

        assertThat(policy.nextOutageBackoff(500)).isEqualTo(1_000);
        assertThat(policy.nextOutageBackoff(1_000)).isEqualTo(1_500);
        assertThat(policy.nextOutageBackoff(1_500)).isEqualTo(1_500);
    }

    @Test
    void aPolicyThatCouldNotWaitIsRefused() {
        assertThatThrownBy(() -> new RetryPolicy(-1, 100, 2, 500, 10_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, 100, 0.5, 500, 10_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, 100, 2, 500, 100)).isInstanceOf(IllegalArgumentException.class);
    }
}
