package org.fieldbook.domain;

import java.util.UUID;

/** A column of a pipeline; named so as not to clash with JavaFX's {@code Stage}. */
public record PipelineStage(UUID id, UUID pipelineId, String name, int position, int probability,
                            StageKind kind, Integer rottingDays) {
    public boolean isOpen() {
        return kind == StageKind.OPEN;
    }
}
