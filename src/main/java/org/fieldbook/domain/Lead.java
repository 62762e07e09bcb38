package org.fieldbook.domain;

import java.time.Instant;
import java.util.UUID;

public record Lead(UUID id, String name, String company, String email, String phone, SourceChannel sourceChannel,
                   LeadStatus status, Integer score, UUID ownerId, Instant convertedAt,
                   UUID convertedOpportunityId, Instant createdAt) {
}
