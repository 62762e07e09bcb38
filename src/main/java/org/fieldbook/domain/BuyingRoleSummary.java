package org.fieldbook.domain;

/** A contact's buying role on an opportunity, with the contact's name and title. */
public record BuyingRoleSummary(OpportunityContact role, String contactName, String contactTitle) {
}
