/**
 * The batch pipeline, plain Java (no Camel, Artemis or SQL): a batch and its items, the stage beans the routes
 * call (intake, dedupe, resolve, assess, erase, publish), and the batch cycle: begin, commit, acknowledge, and
 * recovery (an outage waited out, a failing report isolated and dead-lettered) under one retry policy. It reaches
 * the broker through its ports ({@link org.crosslink.pipeline.Inbound}, {@link org.crosslink.pipeline.AlertChannel})
 * and the database through {@code org.crosslink.store}.
 */
package org.crosslink.pipeline;
