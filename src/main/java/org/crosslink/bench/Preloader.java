package org.crosslink.bench;

import java.time.Instant;

import me.tongfei.progressbar.ProgressBar;
import org.crosslink.config.Settings;
import org.crosslink.pipeline.Batch;
import org.crosslink.pipeline.Item;
import org.crosslink.runtime.BusRuntime;
import org.crosslink.runtime.Progress;

/**
 * Fills a store with persons already resolved, for benchmarks at scale: generated reports go through the
 * same stages and the same commit as on the bus, in large batches, without the broker; alerts are not
 * assessed (no backlog of alerts to publish when the bus starts).
 */
public final class Preloader {
    private Preloader() {
    }

    public static void preload(Settings settings, ReportGenerator generator, int persons) throws Exception {
        try (BusRuntime rt = BusRuntime.start(settings); ProgressBar bar = Progress.bar("preload", persons)) {
            long key = 0;
            while (rt.engine().persons().mentionCount() < persons) {
                Batch batch = new Batch(Instant.now());
                for (int i = 0; i < 2000; i++) {
                    String line = generator.next();
                    batch.add(new Item(batch, "preload:" + key++, "preload", generator.sourceOf(line), null, line, 0));
                }
                rt.batchStage().begin(batch);
                for (Item item : batch.items()) {
                    rt.intakeStage().examine(item);
                    if (!item.settled()) {
                        rt.dedupeStage().check(item);
                    }
                    if (!item.settled()) {
                        rt.resolveStage().resolve(item);
                    }
                }
                rt.batchStage().commit(batch);
                rt.batchStage().committed(batch);
                bar.stepTo(Math.min(persons, rt.engine().persons().mentionCount()));
            }
        }
    }
}
