package org.fieldbook.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

public record Opportunity(UUID id, UUID accountId, UUID pipelineId, UUID stageId, String title, Money amount,
                          LocalDate expectedClose, UUID ownerId, SourceChannel sourceChannel,
                          OpportunityStatus status, String lostReason, Instant closedAt, double position,
                          Instant createdAt, Instant updatedAt, CustomValues customFields) {
    public Opportunity {
        customFields = customFields == null ? CustomValues.NONE : customFields;
    }

    /** An opportunity without custom-field values (new, or made where custom fields do not apply). */
    public Opportunity(UUID id, UUID accountId, UUID pipelineId, UUID stageId, String title, Money amount,
                       LocalDate expectedClose, UUID ownerId, SourceChannel sourceChannel,
                       OpportunityStatus status, String lostReason, Instant closedAt, double position,
                       Instant createdAt, Instant updatedAt) {
        this(id, accountId, pipelineId, stageId, title, amount, expectedClose, ownerId, sourceChannel, status,
                lostReason, closedAt, position, createdAt, updatedAt, CustomValues.NONE);
    }

    public Opportunity withCustomFields(CustomValues values) {
        return new Opportunity(id, accountId, pipelineId, stageId, title, amount, expectedClose, ownerId,
                sourceChannel, status, lostReason, closedAt, position, createdAt, updatedAt, values);
    }

    /** A new, unsaved open opportunity in the given stage. */
    public static Opportunity create(UUID accountId, PipelineStage stage, String title, Money amount,
                                     LocalDate expectedClose, UUID ownerId) {
        return new Opportunity(TimeOrderedId.next(), accountId, stage.pipelineId(), stage.id(), title, amount,
                expectedClose, ownerId, null, OpportunityStatus.OPEN, null, null, 0, null, null);
    }

    public boolean isOpen() {
        return status == OpportunityStatus.OPEN;
    }

    /** The same opportunity in another stage; entering a won or lost stage closes it at {@code at}. */
    public Opportunity movedTo(PipelineStage stage, Instant at) {
        OpportunityStatus newStatus = switch (stage.kind()) {
            case OPEN -> OpportunityStatus.OPEN;
            case WON -> OpportunityStatus.WON;
            case LOST -> OpportunityStatus.LOST;
        };
        Instant closed = newStatus == OpportunityStatus.OPEN ? null : at;
        String reason = newStatus == OpportunityStatus.LOST ? lostReason : null;
        return new Opportunity(id, accountId, stage.pipelineId(), stage.id(), title, amount, expectedClose, ownerId,
                sourceChannel, newStatus, reason, closed, position, createdAt, updatedAt, customFields);
    }

    public Opportunity withTitle(String newTitle) {
        return new Opportunity(id, accountId, pipelineId, stageId, newTitle, amount, expectedClose, ownerId,
                sourceChannel, status, lostReason, closedAt, position, createdAt, updatedAt, customFields);
    }

    public Opportunity withAmount(Money newAmount) {
        return new Opportunity(id, accountId, pipelineId, stageId, title, newAmount, expectedClose, ownerId,
                sourceChannel, status, lostReason, closedAt, position, createdAt, updatedAt, customFields);
    }

    public Opportunity withExpectedClose(LocalDate date) {
        return new Opportunity(id, accountId, pipelineId, stageId, title, amount, date, ownerId,
                sourceChannel, status, lostReason, closedAt, position, createdAt, updatedAt, customFields);
    }

    /** The same opportunity at another place in its board column. */
    public Opportunity withPosition(double newPosition) {
        return new Opportunity(id, accountId, pipelineId, stageId, title, amount, expectedClose, ownerId,
                sourceChannel, status, lostReason, closedAt, newPosition, createdAt, updatedAt, customFields);
    }

    public Opportunity withLostReason(String reason) {
        return new Opportunity(id, accountId, pipelineId, stageId, title, amount, expectedClose, ownerId,
                sourceChannel, status, reason, closedAt, position, createdAt, updatedAt, customFields);
    }

    public List<Violation> violations() {
        List<Violation> found = new ArrayList<>();
        if (title == null || title.isBlank()) {
            found.add(new Violation("title", "validation.title.required"));
        }
        if (accountId == null) {
            found.add(new Violation("account", "validation.account.required"));
        }
        if (amount == null) {
            found.add(new Violation("amount", "validation.amount.required"));
        } else if (amount.isNegative()) {
            found.add(new Violation("amount", "validation.amount.negative"));
        }
        if (expectedClose == null) {
            found.add(new Violation("expectedClose", "validation.closeDate.required"));
        }
        if (stageId == null || pipelineId == null) {
            found.add(new Violation("stage", "validation.stage.required"));
        }
        return found;
    }
}
