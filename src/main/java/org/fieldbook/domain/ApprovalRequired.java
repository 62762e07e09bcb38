package org.fieldbook.domain;

import java.util.List;

/**
 * A step refused until a manager approves it: the rules it breaks with the deal's facts now, and the request
 * already waiting for a decision, if there is one (then asking again is pointless).
 */
public class ApprovalRequired extends RuleViolation {
    private final transient ApprovalNeed need;

    public ApprovalRequired(ApprovalNeed need) {
        super(List.of(new Violation(need.action().kind() == ApprovalKind.QUOTE ? "quote" : "stage",
                need.pending().isPresent() ? "approval.required.pending" : "approval.required")));
        this.need = need;
    }

    public ApprovalNeed need() {
        return need;
    }

    public List<ApprovalRule> firing() {
        return need.firing();
    }
}
