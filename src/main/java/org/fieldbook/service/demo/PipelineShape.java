package org.fieldbook.service.demo;

import java.util.Comparator;
import java.util.List;
import org.fieldbook.domain.Pipeline;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.domain.StageKind;
import org.fieldbook.store.Tx;

/**
 * A pipeline as the demo walks it: its open stages in board order, then its won or lost stage. Either end
 * stage may be missing when a user removed it; deals then stay open instead.
 */
record PipelineShape(Pipeline pipeline, List<PipelineStage> open, PipelineStage won, PipelineStage lost) {

    /** The pipeline called {@code name}, else the one at {@code position} in board order, else the first. */
    static PipelineShape find(Tx tx, String name, int position) {
        List<Pipeline> pipelines = tx.pipelines().inOrder();
        if (pipelines.isEmpty()) {
            throw new IllegalStateException("demo data needs a pipeline, and this database has none");
        }
        Pipeline pipeline = tx.pipelines().named(name)
                .orElse(pipelines.get(Math.min(position, pipelines.size() - 1)));
        List<PipelineStage> stages = tx.stages().ofPipeline(pipeline.id()).stream()
                .sorted(Comparator.comparingInt(PipelineStage::position)).toList();
        List<PipelineStage> open = stages.stream().filter(PipelineStage::isOpen).toList();
        if (open.isEmpty()) {
            throw new IllegalStateException("demo data needs an open stage in the pipeline " + pipeline.name());
        }
        return new PipelineShape(pipeline, open, firstOf(stages, StageKind.WON), firstOf(stages, StageKind.LOST));
    }

    private static PipelineStage firstOf(List<PipelineStage> stages, StageKind kind) {
        return stages.stream().filter(s -> s.kind() == kind).findFirst().orElse(null);
    }
}
