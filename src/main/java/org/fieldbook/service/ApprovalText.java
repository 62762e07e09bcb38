package org.fieldbook.service;

import org.fieldbook.domain.ApprovalRuleKind;
import java.util.List;
import java.util.stream.Collectors;
import org.fieldbook.domain.ApprovalRule;

/** The rules a step breaks in figures every language reads the same way: "discount > 15 %", "amount > EUR 50000". */
final class ApprovalText {
    private ApprovalText() {
    }

    static String reasons(List<ApprovalRule> rules) {
        return rules.stream().map(ApprovalText::reason).collect(Collectors.joining("; "));
    }

    static String reason(ApprovalRule rule) {
        String threshold = rule.threshold().stripTrailingZeros().toPlainString();
        return rule.kind() == ApprovalRuleKind.DISCOUNT ? "> " + threshold + " %"
                : "> " + rule.currency() + " " + threshold;
    }
}
