package org.crosslink.pipeline;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Commits one batch at a time on a thread of its own, so that the intake thread resolves the next batch
 * while the database writes this one. At most one batch is in flight: the intake thread takes its result
 * before it hands over another, and acknowledges it to the broker itself (the broker session is the
 * intake thread's alone).
 */
final class Committer {
    private final ExecutorService executor;
    private final Function<Batch, Exception> commit;
    private Batch batch;
    private Future<Exception> result;

    /**
     * @param executor one thread, or null when the commit is not pipelined (then nothing may be submitted)
     * @param commit   runs a batch's database transaction; returns its failure, or null once it is durable
     */
    Committer(ExecutorService executor, Function<Batch, Exception> commit) {
        this.executor = executor;
        this.commit = commit;
    }

    /** A batch the intake route has run over; its commit starts now. */
    void submit(Batch next) {
        if (batch != null) {
            throw new IllegalStateException("a batch is already in flight");
        }
        batch = next;
        result = executor.submit(() -> commit.apply(next));
    }

    boolean busy() {
        return batch != null;
    }

    /** True when a batch was in flight and its commit has ended: {@link #take} will not wait. */
    boolean done() {
        return result != null && result.isDone();
    }

    /** Waits for the batch in flight to commit or fail, and forgets it. */
    Written take() {
        Batch taken = batch;
        Future<Exception> pending = result;
        batch = null;
        result = null;
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return new Written(taken, pending.get());
                } catch (InterruptedException e) {
                    // the commit is under way and cannot be called back: wait for its end, then pass the interrupt on
                    interrupted = true;
                } catch (ExecutionException e) {
                    return new Written(taken, e.getCause() instanceof Exception ex ? ex : new IllegalStateException(e.getCause()));
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A batch that was in flight, and why its commit failed (null when it is durable). */
    record Written(Batch batch, Exception failure) {
    }
}
