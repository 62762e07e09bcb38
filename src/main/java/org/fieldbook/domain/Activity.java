package org.fieldbook.domain;

import java.time.Instant;
import java.util.UUID;

public record Activity(UUID id, ActivityType type, String subject, String notes, Instant dueAt, Instant doneAt,
                       String outcome, String location, UUID accountId, UUID contactId, UUID opportunityId,
                       UUID ownerId) {
}
