package org.fieldbook.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Whether a step on a deal waits for approval: the rules its facts break ({@code firing}), the approval that
 * still covers them, the request waiting for a decision, and the last rejection of this step.
 */
public record ApprovalNeed(UUID opportunityId, ApprovalAction action, ApprovalFacts facts,
                           List<ApprovalRule> firing, Optional<ApprovalRequest> approval,
                           Optional<ApprovalRequest> pending, Optional<ApprovalRequest> rejection) {
    public ApprovalNeed {
        firing = List.copyOf(firing);
    }

    /** True when the step must wait: a rule fires and no approval covers the facts now. */
    public boolean required() {
        return !firing.isEmpty() && approval.isEmpty();
    }
}
