package org.fieldbook.domain;

/** A request with the names around it: the deal, its account, the stage asked for, the requester, the decider. */
public record ListedApproval(ApprovalRequest request, String dealTitle, String accountName, String stageName,
                             String requestedByName, String decidedByName) {
}
