package org.fieldbook.domain;

import java.util.UUID;

/** A contact's buying role on one opportunity. */
public record OpportunityContact(UUID id, UUID opportunityId, UUID contactId, BuyingRole role) {
}
