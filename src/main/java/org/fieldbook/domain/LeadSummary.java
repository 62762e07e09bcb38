package org.fieldbook.domain;

/** A lead with its owner's name, as the leads inbox lists it. */
public record LeadSummary(Lead lead, String ownerName) {
}
