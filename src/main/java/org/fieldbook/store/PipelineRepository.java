package org.fieldbook.store;

import static org.fieldbook.store.jooq.Tables.PIPELINE;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.fieldbook.domain.Pipeline;
import org.fieldbook.store.change.ChangeCapture;
import org.fieldbook.store.jooq.tables.records.PipelineRecord;
import org.jooq.DSLContext;

public final class PipelineRepository extends Entities<Pipeline, PipelineRecord> {
    PipelineRepository(DSLContext db, ChangeCapture capture, Clock clock) {
        super(db, Mappings.PIPELINES, capture, clock);
    }

    public List<Pipeline> inOrder() {
        return where(PIPELINE.ID.isNotNull(), PIPELINE.POSITION.asc(), PIPELINE.NAME.asc());
    }

    public Optional<Pipeline> named(String name) {
        return where(PIPELINE.NAME.eq(name)).stream().findFirst();
    }
}
