package org.fieldbook.ui.common;

import org.fieldbook.domain.ApprovalRuleKind;
import java.math.BigDecimal;
import org.fieldbook.domain.ApprovalKind;
import org.fieldbook.domain.ApprovalRequest;
import org.fieldbook.domain.ApprovalRule;
import org.fieldbook.domain.ApprovalStatus;
import org.fieldbook.domain.Money;

/** How approvals read in the user's language: what was asked, the facts, the decision, a rule. */
public final class ApprovalWords {
    private final Messages messages;
    private final Formats formats;

    public ApprovalWords(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    /** "Quote" or "Move to Negotiation". */
    public String action(ApprovalKind kind, String stageName) {
        return kind == ApprovalKind.QUOTE ? messages.get("approval.action.quote")
                : messages.get("approval.action.stage", messages.dataName(stageName));
    }

    /** "20 % off · EUR 8,000.00". */
    public String facts(ApprovalRequest request) {
        return messages.get("approval.facts", percent(request.facts().maxDiscount()),
                formats.money(request.facts().amount()));
    }

    public String percent(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString() + " %";
    }

    public String status(ApprovalStatus status) {
        return messages.name(status);
    }

    /** "Approved by Mia Manager, 2 Dec 2026 14:05: fine this once", or "Waiting since ..." when pending. */
    public String decision(ApprovalRequest request, String decidedByName) {
        if (request.isPending()) {
            return messages.get("approval.decision.waiting", formats.dateTime(request.requestedAt()));
        }
        String line = messages.get(request.status() == ApprovalStatus.APPROVED ? "approval.decision.approved"
                : "approval.decision.rejected", decidedByName == null ? "" : decidedByName,
                request.decidedAt() == null ? "" : formats.dateTime(request.decidedAt()));
        return request.comment() == null ? line : line + ": " + request.comment();
    }

    /** "Discount above 15 %" or "Amount above EUR 50,000.00". */
    public String rule(ApprovalRule rule) {
        return rule.kind() == ApprovalRuleKind.DISCOUNT
                ? messages.get("approval.rule.discount", percent(rule.threshold()))
                : messages.get("approval.rule.amount", formats.money(new Money(rule.threshold(), rule.currency())));
    }
}
