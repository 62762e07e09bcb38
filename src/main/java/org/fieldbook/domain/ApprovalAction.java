package org.fieldbook.domain;

import java.util.Objects;
import java.util.UUID;

/** A step that a rule can make wait for approval: a quote, or a move into one stage ({@code stageId}). */
public record ApprovalAction(ApprovalKind kind, UUID stageId) {
    public ApprovalAction {
        Objects.requireNonNull(kind, "kind");
        if ((kind == ApprovalKind.STAGE) != (stageId != null)) {
            throw new IllegalArgumentException("a stage move names its stage, a quote names none");
        }
    }

    public static ApprovalAction quote() {
        return new ApprovalAction(ApprovalKind.QUOTE, null);
    }

    public static ApprovalAction moveTo(UUID stageId) {
        return new ApprovalAction(ApprovalKind.STAGE, stageId);
    }
}
