package org.fieldbook.domain;

import java.time.Instant;
import java.util.UUID;

/** One move of an opportunity between stages; append-only. {@code fromStageId} is null when it was created. */
public record StageChange(UUID id, UUID opportunityId, UUID fromStageId, UUID toStageId, Instant changedAt,
                          UUID changedBy) {
}
