package org.fieldbook.domain;

/** An opportunity as lists show it: with the names of its account, stage and owner. */
public record OpportunitySummary(Opportunity opportunity, String accountName, String stageName, int probability,
                                 String ownerName) {
}
