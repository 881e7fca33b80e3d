package org.crosslink.pipeline;

/**
 * How the bus retries, in one place ({@code crosslink.errors.*}): a report whose processing fails is tried again
 * up to {@code maximumRedeliveries} times, the first after {@code redeliveryDelayMs}, each later one
 * {@code backoffMultiplier} times longer (the error handler of the routes, and the batch cycle when it takes a
 * failed batch one report at a time); a batch that fails because the database or the broker is away is tried
 * again after {@code outageInitialBackoffMs}, doubling up to {@code outageMaxBackoffMs}.
 */
public record RetryPolicy(int maximumRedeliveries, long redeliveryDelayMs, double backoffMultiplier,
                          long outageInitialBackoffMs, long outageMaxBackoffMs) {

    public RetryPolicy {
        if (maximumRedeliveries < 0) {
            throw new IllegalArgumentException("maximumRedeliveries must not be negative: " + maximumRedeliveries);
        }
        if (redeliveryDelayMs < 0 || backoffMultiplier < 1) {
            throw new IllegalArgumentException("a redelivery delay is not negative and its multiplier at least 1: "
                    + redeliveryDelayMs + ", " + backoffMultiplier);
        }
        if (outageInitialBackoffMs < 1 || outageMaxBackoffMs < outageInitialBackoffMs) {
            throw new IllegalArgumentException("the outage back-off starts at 1 ms or more and its maximum is not below its start: "
                    + outageInitialBackoffMs + ", " + outageMaxBackoffMs);
        }
    }

    /** The longest wait before a redelivery: Camel's default maximum redelivery delay, which the routes' error handler keeps. */
    public static final long MAXIMUM_REDELIVERY_DELAY_MS = 60_000;

    /**
     * The wait before redelivery {@code n} (1 for the first): the delay, multiplied once for every redelivery
     * before it, at most {@link #MAXIMUM_REDELIVERY_DELAY_MS}. Camel's exponential back-off counts the same way.
     */
    public long redeliveryDelayMs(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("redeliveries count from 1: " + n);
        }
        return Math.min(MAXIMUM_REDELIVERY_DELAY_MS, Math.round(redeliveryDelayMs * Math.pow(backoffMultiplier, n - 1)));
    }

    /** The wait after an outage wait of {@code previousMs}: double it, up to the maximum. */
    public long nextOutageBackoff(long previousMs) {
        return Math.min(previousMs * 2, outageMaxBackoffMs);
    }
}
