package org.fieldbook.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A rep's request for approval of {@code action} on a deal with {@code facts}, and the manager's decision.
 * The rep writes it once; only the decision (status, decidedBy, decidedAt, comment) is ever written after.
 */
public record ApprovalRequest(UUID id, UUID opportunityId, ApprovalAction action, ApprovalFacts facts,
                              UUID requestedBy, Instant requestedAt, String note, ApprovalStatus status,
                              UUID decidedBy, Instant decidedAt, String comment) {
    public static ApprovalRequest create(UUID opportunityId, ApprovalAction action, ApprovalFacts facts,
                                         UUID requestedBy, Instant requestedAt, String note) {
        return new ApprovalRequest(TimeOrderedId.next(), opportunityId, action, facts, requestedBy, requestedAt,
                blankToNull(note), ApprovalStatus.PENDING, null, null, null);
    }

    public ApprovalRequest decided(ApprovalStatus decision, UUID by, Instant at, String decisionComment) {
        if (decision == ApprovalStatus.PENDING) {
            throw new IllegalArgumentException("a decision approves or rejects");
        }
        return new ApprovalRequest(id, opportunityId, action, facts, requestedBy, requestedAt, note, decision, by,
                at, blankToNull(decisionComment));
    }

    public boolean isPending() {
        return status == ApprovalStatus.PENDING;
    }

    /** An approval of this action that still holds for the deal's facts now under the rules that fire. */
    public boolean approves(ApprovalAction wanted, ApprovalFacts now, java.util.List<ApprovalRule> firing) {
        return status == ApprovalStatus.APPROVED && action.equals(wanted) && facts.cover(now, firing);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
