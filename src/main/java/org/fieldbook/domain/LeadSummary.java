package org.fieldbook.domain;

/**
 * A lead with its owner's name, as the leads inbox lists it; a converted lead also with the names of the
 * account, contact and opportunity it became (null while not converted, or when one was deleted since).
 */
public record LeadSummary(Lead lead, String ownerName, String accountName, String contactName,
                          String opportunityTitle) {
    public LeadSummary(Lead lead, String ownerName) {
        this(lead, ownerName, null, null, null);
    }
}
