package org.crosslink.pipeline;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.crosslink.audit.AuditAction;
import org.crosslink.audit.AuditEntry;
import org.crosslink.resolve.ResolutionEngine;
import org.crosslink.resolve.compare.PersonComparator;
import org.crosslink.resolve.learn.ModelFile;
import org.crosslink.resolve.learn.ModelTrainer;
import org.crosslink.resolve.learn.TrainedModel;
import org.crosslink.store.Json;
import org.crosslink.store.Rows;
import org.crosslink.undo.UndoLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * A request for a new person model, taken from the control queue by the single writer like any report: train one
 * from the store ({@code MODEL_TRAIN}, and put it to use unless {@code apply} is false) or put a given one to use
 * ({@code MODEL_APPLY}, its YAML in {@code model}). Putting a model to use resolves the store again under it: the
 * links, merges and splits it makes are written, and the entities that changed go on to the alert rules, in the
 * same transaction as the stored model, so that a crash leaves either the old model and entities or the new.
 */
public final class ModelStage {
    private static final Logger LOG = LoggerFactory.getLogger(ModelStage.class);
    private final ResolutionEngine engine;
    private final ModelTrainer trainer;
    private final Deliveries deliveries;
    private final ModelSchedule schedule;
    private final Clock clock;
    private int latestVersion;

    public ModelStage(ResolutionEngine engine, ModelTrainer trainer, Deliveries deliveries, ModelSchedule schedule, Clock clock,
                      int latestVersion) {
        this.engine = engine;
        this.trainer = trainer;
        this.deliveries = deliveries;
        this.schedule = schedule;
        this.clock = clock;
        this.latestVersion = latestVersion;
    }

    public void apply(Item item) {
        item.markStart();
        if (item.settled()) {
            return;
        }
        JsonNode request;
        try {
            request = Json.MAPPER.readTree(item.body() instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : String.valueOf(item.body()));
        } catch (RuntimeException e) {
            settle(item, "refused: not a model request", false);
            return;
        }
        String reason = request.path("reason").asString("");
        if (reason.isBlank()) {
            settle(item, "refused: a model request needs a reason", false);
            return;
        }
        UndoLog undo = item.batch().undo();
        int mark = undo.mark();
        int versionBefore = latestVersion;
        undo.push(() -> latestVersion = versionBefore);
        try {
            switch (item.action()) {
                case "MODEL_TRAIN" -> train(item, reason, request.path("apply").asBoolean(true));
                case "MODEL_APPLY" -> given(item, reason, request.path("model").asString(""));
                default -> settle(item, "refused: unknown action " + item.action(), false);
            }
        } catch (RuntimeException e) {
            undo.rollbackTo(mark);
            throw e;
        }
    }

    private void train(Item item, String reason, boolean apply) {
        TrainedModel model;
        try {
            model = engine.train(trainer, latestVersion + 1, clock.instant());
        } catch (ModelTrainer.NotEnoughEvidence e) {
            LOG.info("event=model.not-trained mentions={} reason={}", engine.persons().mentionCount(), e.getMessage());
            settle(item, "not trained: " + e.getMessage(), false);
            return;
        }
        store(item, model, apply, reason);
    }

    private void given(Item item, String reason, String yaml) {
        TrainedModel read;
        try {
            read = ModelFile.read(yaml, PersonComparator.FIELDS);
        } catch (RuntimeException e) {
            settle(item, "refused: not a model: " + e.getMessage(), false);
            return;
        }
        store(item, new TrainedModel(latestVersion + 1, read.weights(), read.givenFrequencies(), read.familyFrequencies(),
                read.placeholderBirthdays(), read.households(), read.slips(), read.provenance()), true, reason);
    }

    private void store(Item item, TrainedModel model, boolean apply, String reason) {
        latestVersion = model.version();
        item.batch().writes().models.add(new Rows.Model(model.version(), model.provenance().trainedAt(), apply,
                model.provenance().mentions(), ModelFile.write(model)));
        String actor = item.sender() == null ? "operator" : item.sender();
        if (!apply) {
            settle(item, "trained model " + model.version() + " (not applied)", true);
            return;
        }
        ResolutionEngine.Changes changes = engine.apply(model, "model " + model.version() + ": " + reason);
        item.changes(changes);
        int changed = changes.persons().size();
        item.batch().writes().audit.add(new AuditEntry(clock.instant(), actor, AuditAction.COMBINATION, null, null, null, null,
                "person model " + model.version() + " applied (trained from " + model.provenance().mentions()
                        + " person mentions, prior " + model.weights().prior() + "); entities changed " + changed + "; reason: " + reason));
        LOG.info("event=model.applied version={} mentions={} prior={} entitiesChanged={} by={}", model.version(),
                model.provenance().mentions(), model.weights().prior(), changed, actor);
        schedule.trainedFrom(model.provenance().mentions());
        settle(item, "applied model " + model.version() + ": " + changed + " entities changed", true);
    }

    private void settle(Item item, String result, boolean trained) {
        deliveries.settle(item, Outcome.CONTROL, null, null, result);
        schedule.answered(engine.persons().mentionCount(), trained);
        if (result.startsWith("refused")) {
            LOG.warn("event=model.refused by={} result={}", item.sender(), result);
        }
    }
}
