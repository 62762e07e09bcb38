package org.fieldbook.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldbook.domain.Pipeline;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.domain.SalesRep;
import org.fieldbook.store.Store;

/** Pipelines with their stages, and the sales reps: the reference data editors pick from. */
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

    public List<SalesRep> reps() {
        return store.read(tx -> tx.reps().all().stream()
                .sorted(java.util.Comparator.comparing(SalesRep::name)).toList());
    }
}
