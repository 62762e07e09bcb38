package org.fieldbook.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.Pipeline;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.domain.SalesRep;
import org.fieldbook.domain.StageChange;
import org.fieldbook.domain.StageKind;
import org.fieldbook.domain.TimeOrderedId;
import org.fieldbook.domain.Violation;
import org.fieldbook.store.Store;
import org.fieldbook.store.Tx;

/**
 * Pipelines with their stages, and the sales reps: the reference data editors pick from; and the pipelines
 * editor's changes, each one transaction through the store's write path, so they sync like any other edit.
 */
public final class PipelineService {
    private final Store store;

    public PipelineService(Store store) {
        this.store = store;
    }

    /** Every pipeline in order, each with its stages in board order. */
    public Map<Pipeline, List<PipelineStage>> pipelinesWithStages() {
        return store.read(tx -> {
            Map<Pipeline, List<PipelineStage>> result = new LinkedHashMap<>();
            for (Pipeline pipeline : tx.pipelines().inOrder()) {
                result.put(pipeline, tx.stages().ofPipeline(pipeline.id()));
            }
            return result;
        });
    }

    /**
     * A new pipeline at the end, with one open stage and a won and a lost stage (the board closes deals
     * into those), named in the user's language by the caller.
     */
    public Pipeline createPipeline(String name, String firstStage, String won, String lost) {
        requireName(name);
        return store.write(tx -> {
            int position = tx.pipelines().inOrder().stream().mapToInt(Pipeline::position).max().orElse(-1) + 1;
            Pipeline pipeline = tx.pipelines().insert(new Pipeline(TimeOrderedId.next(), name.strip(), position));
            tx.stages().insertAll(List.of(
                    new PipelineStage(TimeOrderedId.next(), pipeline.id(), firstStage, 0, 10, StageKind.OPEN, 30),
                    new PipelineStage(TimeOrderedId.next(), pipeline.id(), won, 1, 100, StageKind.WON, null),
                    new PipelineStage(TimeOrderedId.next(), pipeline.id(), lost, 2, 0, StageKind.LOST, null)));
            return pipeline;
        });
    }

    public Pipeline renamePipeline(UUID id, String name) {
        requireName(name);
        return store.write(tx -> {
            Pipeline current = tx.pipelines().get(id);
            return tx.pipelines().update(new Pipeline(id, name.strip(), current.position()));
        });
    }

    /** Deletes a pipeline that holds no deals, with its stages; one holding deals is refused. */
    public void deletePipeline(UUID id) {
        store.writeVoid(tx -> {
            if (tx.pipelines().inOrder().size() <= 1) {
                throw violation("pipeline", "pipelines.delete.last");
            }
            List<PipelineStage> stages = tx.stages().ofPipeline(id);
            for (PipelineStage stage : stages) {
                if (!tx.board().dealsIn(stage.id()).isEmpty()) {
                    throw violation("pipeline", "pipelines.delete.hasDeals");
                }
            }
            stages.forEach(stage -> tx.stages().delete(stage.id()));
            tx.pipelines().delete(id);
        });
    }

    /** A new open stage after the pipeline's last open one. */
    public PipelineStage addStage(UUID pipelineId, String name) {
        requireName(name);
        return store.write(tx -> {
            List<PipelineStage> stages = new ArrayList<>(tx.stages().ofPipeline(pipelineId));
            int at = (int) stages.stream().filter(PipelineStage::isOpen).count();
            PipelineStage added = new PipelineStage(TimeOrderedId.next(), pipelineId, name.strip(), at, 50,
                    StageKind.OPEN, 30);
            stages.add(at, added);
            tx.stages().insert(added);
            renumber(tx, stages);
            return tx.stages().get(added.id());
        });
    }

    /** Saves a stage's name, probability, kind, rotting days and required fields. */
    public PipelineStage saveStage(PipelineStage edited) {
        List<Violation> violations = new ArrayList<>();
        if (edited.name() == null || edited.name().isBlank()) {
            violations.add(new Violation("name", "validation.name.required"));
        }
        if (edited.probability() < 0 || edited.probability() > 100) {
            violations.add(new Violation("probability", "pipelines.validation.probability"));
        }
        if (edited.rottingDays() != null && edited.rottingDays() < 1) {
            violations.add(new Violation("rottingDays", "pipelines.validation.rottingDays"));
        }
        RuleViolation.throwIfAny(violations);
        return store.write(tx -> {
            PipelineStage current = tx.stages().get(edited.id());
            if (current.kind() != edited.kind() && !tx.board().dealsIn(current.id()).isEmpty()) {
                throw violation("kind", "pipelines.stage.kindWithDeals");
            }
            return tx.stages().update(new PipelineStage(current.id(), current.pipelineId(), edited.name().strip(),
                    current.position(), edited.probability(), edited.kind(), edited.rottingDays(),
                    edited.requiredFields()));
        });
    }

    /** Moves a stage one place left ({@code -1}) or right ({@code +1}) on the board. */
    public void moveStage(UUID stageId, int step) {
        store.writeVoid(tx -> {
            PipelineStage stage = tx.stages().get(stageId);
            List<PipelineStage> stages = new ArrayList<>(tx.stages().ofPipeline(stage.pipelineId()));
            int from = stages.indexOf(stage);
            int to = from + step;
            if (from < 0 || to < 0 || to >= stages.size()) {
                return;
            }
            stages.add(to, stages.remove(from));
            renumber(tx, stages);
        });
    }

    /** How many deals (open or closed) a stage holds: deleting it asks where they go when there are any. */
    public int dealsIn(UUID stageId) {
        return store.read(tx -> tx.board().dealsIn(stageId).size());
    }

    /**
     * Deletes an open stage; its deals move to {@code moveDealsTo} (an open stage of the same pipeline), each
     * with its stage-change record. At least one open stage stays.
     */
    public void deleteStage(UUID stageId, UUID moveDealsTo, UUID deletedBy) {
        store.writeVoid(tx -> {
            PipelineStage stage = tx.stages().get(stageId);
            List<PipelineStage> stages = new ArrayList<>(tx.stages().ofPipeline(stage.pipelineId()));
            if (!stage.isOpen() || stages.stream().filter(PipelineStage::isOpen).count() <= 1) {
                throw violation("stage", "pipelines.stage.keepOne");
            }
            List<UUID> deals = tx.board().dealsIn(stageId);
            if (!deals.isEmpty()) {
                PipelineStage target = moveDealsTo == null ? null : tx.stages().get(moveDealsTo);
                if (target == null || !target.isOpen() || target.id().equals(stageId)
                        || !target.pipelineId().equals(stage.pipelineId())) {
                    throw violation("moveTo", "pipelines.stage.chooseTarget");
                }
                var now = tx.opportunities().clockNow();
                for (UUID id : deals) {
                    Opportunity deal = tx.opportunities().get(id);
                    tx.stageChanges().insert(new StageChange(TimeOrderedId.next(), id, stageId, target.id(), now,
                            deletedBy));
                    tx.opportunities().update(deal.movedTo(target, now));
                }
            }
            tx.stages().delete(stageId);
            stages.remove(stage);
            renumber(tx, stages);
        });
    }

    private static void renumber(Tx tx, List<PipelineStage> inOrder) {
        for (int i = 0; i < inOrder.size(); i++) {
            PipelineStage s = inOrder.get(i);
            PipelineStage stored = tx.stages().get(s.id());
            if (stored.position() != i) {
                tx.stages().update(new PipelineStage(s.id(), s.pipelineId(), stored.name(), i, stored.probability(),
                        stored.kind(), stored.rottingDays(), stored.requiredFields()));
            }
        }
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw violation("name", "validation.name.required");
        }
    }

    private static RuleViolation violation(String field, String key) {
        return new RuleViolation(List.of(new Violation(field, key)));
    }

    public List<SalesRep> reps() {
        return store.read(tx -> tx.reps().all().stream()
                .sorted(java.util.Comparator.comparing(SalesRep::name)).toList());
    }
}
