package org.fieldbook.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * An open opportunity as the board shows it: with its account's and owner's names, when it entered its
 * stage, when anything last happened to it (its newest activity or stage change) and whether one of its
 * contacts is its decision maker.
 */
public record BoardCard(Opportunity opportunity, String accountName, String ownerName, Instant enteredStageAt,
                        Instant lastActivityAt, boolean hasDecisionMaker) {
    /** A card whose buying roles were not read: it is never flagged for a missing decision maker. */
    public BoardCard(Opportunity opportunity, String accountName, String ownerName, Instant enteredStageAt,
                     Instant lastActivityAt) {
        this(opportunity, accountName, ownerName, enteredStageAt, lastActivityAt, true);
    }

    public UUID id() {
        return opportunity.id();
    }

    public UUID stageId() {
        return opportunity.stageId();
    }

    public String ownerInitials() {
        return Names.initials(ownerName);
    }

    /** Whole days since the deal entered its stage (0 on the day it did). */
    public long daysInStage(LocalDate today, ZoneId zone) {
        Instant since = enteredStageAt != null ? enteredStageAt : opportunity.createdAt();
        if (since == null) {
            return 0;
        }
        return Math.max(0, ChronoUnit.DAYS.between(since.atZone(zone).toLocalDate(), today));
    }

    /** The day anything last happened to the deal: its stage change or its newest activity. */
    public LocalDate lastTouched(ZoneId zone) {
        Instant newest = enteredStageAt;
        if (lastActivityAt != null && (newest == null || lastActivityAt.isAfter(newest))) {
            newest = lastActivityAt;
        }
        if (newest == null) {
            newest = opportunity.createdAt();
        }
        return newest == null ? null : newest.atZone(zone).toLocalDate();
    }

    public boolean isOverdue(LocalDate today) {
        return opportunity.expectedClose() != null && opportunity.expectedClose().isBefore(today);
    }

    /** The same card after a move: another stage and place, entered now. */
    public BoardCard movedTo(Opportunity moved, Instant at) {
        boolean sameStage = moved.stageId().equals(opportunity.stageId());
        return new BoardCard(moved, accountName, ownerName, sameStage ? enteredStageAt : at, lastActivityAt,
                hasDecisionMaker);
    }

    /** The same card after a decision maker was named or removed. */
    public BoardCard withDecisionMaker(boolean has) {
        return new BoardCard(opportunity, accountName, ownerName, enteredStageAt, lastActivityAt, has);
    }
}
