package org.fieldbook.store;

import static org.fieldbook.store.jooq.Tables.STAGE;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.store.change.ChangeCapture;
import org.fieldbook.store.jooq.tables.records.StageRecord;
import org.jooq.DSLContext;

public final class StageRepository extends Entities<PipelineStage, StageRecord> {
    StageRepository(DSLContext db, ChangeCapture capture, Clock clock) {
        super(db, Mappings.STAGES, capture, clock);
    }

    /** The stages of a pipeline in board order. */
    public List<PipelineStage> ofPipeline(UUID pipelineId) {
        return where(STAGE.PIPELINE_ID.eq(pipelineId), STAGE.POSITION.asc());
    }
}
