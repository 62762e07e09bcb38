package org.fieldbook.domain;

/** An account as lists show it: with its owner's name and how many open opportunities it has. */
public record AccountSummary(Account account, String ownerName, int openOpportunities) {
}
