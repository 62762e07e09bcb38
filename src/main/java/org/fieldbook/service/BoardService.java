package org.fieldbook.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.fieldbook.domain.BoardCard;
import org.fieldbook.domain.BoardPlaces;
import org.fieldbook.domain.BuyingRole;
import org.fieldbook.domain.Contact;
import org.fieldbook.domain.ContactSummary;
import org.fieldbook.domain.Editing;
import org.fieldbook.domain.MissingRequiredFields;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.OpportunityContact;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.domain.StageChange;
import org.fieldbook.domain.StageKind;
import org.fieldbook.domain.TimeOrderedId;
import org.fieldbook.domain.Violation;
import org.fieldbook.store.BoardQueries;
import org.fieldbook.store.Store;
import org.fieldbook.store.Tx;

/**
 * The board's use cases, one transaction each: moving a deal to a stage and place, closing it as won or lost,
 * and taking such a move back. Every write goes through the store's one write path, so it syncs.
 */
public final class BoardService {
    static final String LOST_REASONS = "lost_reasons";
    static final int LOST_REASONS_KEPT = 20;

    private final Store store;

    public BoardService(Store store) {
        this.store = store;
    }

    /** Where a card was dropped: into a stage, between the cards above and below it there (null at an end). */
    public record Drop(UUID opportunityId, UUID stageId, UUID above, UUID below) {
    }

    /** What the user typed into the required-fields dialog; null for the fields not asked for. */
    public record FilledIn(Money amount, LocalDate expectedClose, UUID decisionMakerId) {
        public static final FilledIn NOTHING = new FilledIn(null, null, null);
    }

    /**
     * A move as it was stored, with what taking it back needs: the deal before and after, the stage-change
     * record it appended and the decision-maker role it added (either null when it made none).
     */
    public record Move(Opportunity before, Opportunity after, UUID stageChangeId, UUID buyingRoleId) {
        public boolean changedStage() {
            return stageChangeId != null;
        }
    }

    public List<BoardCard> cards(UUID pipelineId) {
        return store.read(tx -> tx.board().cards(pipelineId));
    }

    /**
     * Moves a deal to the stage and place of {@code drop}. Throws {@link MissingRequiredFields} (nothing
     * written) when the stage requires fields the deal lacks and {@code filledIn} does not supply, and
     * {@link org.fieldbook.domain.ApprovalRequired} when an approval rule guards the stage and no approval
     * covers the deal.
     */
    public Move move(Drop drop, FilledIn filledIn, UUID movedBy) {
        return store.write(tx -> {
            PipelineStage target = tx.stages().get(drop.stageId());
            if (!target.isOpen()) {
                throw new IllegalArgumentException("a drop into a column needs an open stage");
            }
            Opportunity current = openDeal(tx, drop.opportunityId());
            double place = place(tx, target.id(), drop.opportunityId(), drop.above(), drop.below());
            return store(tx, current, target, place, filledIn, null, movedBy);
        });
    }

    /** Closes a deal as won (closed today) by moving it into its pipeline's won stage. */
    public Move markWon(UUID opportunityId, FilledIn filledIn, UUID movedBy) {
        return close(opportunityId, StageKind.WON, null, filledIn, movedBy);
    }

    /** Closes a deal as lost for {@code reason}, which must be given. */
    public Move markLost(UUID opportunityId, String reason, FilledIn filledIn, UUID movedBy) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation(List.of(new Violation("lostReason", "validation.lostReason.required")));
        }
        return close(opportunityId, StageKind.LOST, reason.strip(), filledIn, movedBy);
    }

    private Move close(UUID opportunityId, StageKind kind, String reason, FilledIn filledIn, UUID movedBy) {
        return store.write(tx -> {
            Opportunity current = openDeal(tx, opportunityId);
            PipelineStage target = tx.stages().ofPipeline(current.pipelineId()).stream()
                    .filter(stage -> stage.kind() == kind).findFirst()
                    .orElseThrow(() -> new RuleViolation(List.of(new Violation("stage", "board.noClosingStage"))));
            return store(tx, current, target, current.position(), filledIn, reason, movedBy);
        });
    }

    private static Opportunity openDeal(Tx tx, UUID id) {
        Opportunity current = tx.opportunities().get(id);
        if (!current.isOpen()) {
            throw new RuleViolation(List.of(new Violation("status", "board.move.closed")));
        }
        return current;
    }

    private static Move store(Tx tx, Opportunity current, PipelineStage target, double place, FilledIn filledIn,
                              String lostReason, UUID movedBy) {
        if (!target.pipelineId().equals(current.pipelineId())) {
            throw new IllegalArgumentException("the stage belongs to another pipeline");
        }
        Opportunity filled = current;
        if (filledIn.amount() != null) {
            filled = filled.withAmount(filledIn.amount());
        }
        if (filledIn.expectedClose() != null) {
            filled = filled.withExpectedClose(filledIn.expectedClose());
        }
        boolean changesStage = !target.id().equals(current.stageId());
        if (changesStage) {
            boolean decisionMaker = filledIn.decisionMakerId() != null || tx.board().hasDecisionMaker(current.id());
            var missing = target.missingFor(filled, decisionMaker);
            if (!missing.isEmpty()) {
                throw new MissingRequiredFields(missing);
            }
            ApprovalChecks.requireApproved(tx, filled, org.fieldbook.domain.ApprovalAction.moveTo(target.id()));
        }
        RuleViolation.throwIfAny(filled.violations());
        Opportunity placed = filled.withPosition(place);
        UUID stageChangeId = null;
        if (changesStage) {
            placed = placed.withLostReason(lostReason).movedTo(target, tx.opportunities().clockNow());
            stageChangeId = TimeOrderedId.next();
            tx.stageChanges().insertAll(List.of(new StageChange(stageChangeId, current.id(), current.stageId(),
                    target.id(), tx.opportunities().clockNow(), movedBy)));
        }
        UUID roleId = null;
        if (filledIn.decisionMakerId() != null) {
            roleId = TimeOrderedId.next();
            tx.opportunityContacts().insertAll(List.of(new OpportunityContact(roleId, current.id(),
                    filledIn.decisionMakerId(), BuyingRole.DECISION_MAKER)));
        }
        // the edit starts from the deal as this transaction read it: no second read of the row
        Opportunity saved = tx.opportunities().update(
                new Editing<>(current, tx.opportunities().versions(current.id())), placed);
        return new Move(current, saved, stageChangeId, roleId);
    }

    /**
     * The place between two cards of a column, read from just those two. When there is no number left between
     * them the column is numbered 1, 2, 3... afresh first (only the cards whose place changes are written).
     */
    private static double place(Tx tx, UUID stageId, UUID moving, UUID above, UUID below) {
        if (above == null && below == null) {
            return tx.board().endOf(stageId); // no neighbours named: the end of the column
        }
        Map<UUID, Double> places = tx.board().places(java.util.Arrays.asList(above, below).stream()
                .filter(java.util.Objects::nonNull).toList());
        double place = BoardPlaces.between(places.get(above), places.get(below));
        if (!Double.isNaN(place)) {
            return place;
        }
        List<BoardQueries.Place> column = new ArrayList<>(tx.board().column(stageId));
        column.removeIf(p -> p.id().equals(moving));
        for (int i = 0; i < column.size(); i++) {
            BoardQueries.Place p = column.get(i);
            if (p.position() != i + 1) {
                tx.opportunities().update(tx.opportunities().get(p.id()).withPosition(i + 1));
                column.set(i, new BoardQueries.Place(p.id(), i + 1));
            }
        }
        return BoardPlaces.between(positionOf(column, above), positionOf(column, below));
    }

    private static Double positionOf(List<BoardQueries.Place> column, UUID id) {
        return id == null ? null : column.stream().filter(p -> p.id().equals(id)).findFirst()
                .map(BoardQueries.Place::position).orElse(null);
    }

    /**
     * Takes a move back: the fields it changed get their values from before, and the stage-change record and
     * decision-maker role it added go to the trash (each a captured change, so the undo syncs too).
     */
    public Opportunity undo(Move move) {
        return store.write(tx -> {
            UUID id = move.after().id();
            Opportunity restored = tx.opportunities().update(
                    new Editing<>(move.after(), tx.opportunities().versions(id)), move.before());
            if (move.stageChangeId() != null) {
                tx.stageChanges().delete(move.stageChangeId());
            }
            if (move.buyingRoleId() != null) {
                tx.opportunityContacts().delete(move.buyingRoleId());
            }
            return restored;
        });
    }

    /**
     * Asks a manager to approve moving the deal into {@code stageId}, which a rule holds it back from (the
     * board offers this when a move is refused with {@link org.fieldbook.domain.ApprovalRequired}).
     */
    public org.fieldbook.domain.ApprovalRequest requestApproval(UUID opportunityId, UUID stageId, String note) {
        return store.write(tx -> ApprovalChecks.request(tx, ApprovalService.me(tx).id(), opportunityId,
                org.fieldbook.domain.ApprovalAction.moveTo(stageId), note));
    }

    /** The people of an account, by name: whom a decision maker can be chosen from. */
    public List<Contact> contactsOf(UUID accountId) {
        return store.read(tx -> tx.contacts().summariesOfAccount(accountId).stream().map(ContactSummary::contact)
                .sorted(java.util.Comparator.comparing(Contact::name)).toList());
    }

    public void delete(UUID opportunityId) {
        store.writeVoid(tx -> tx.opportunities().delete(opportunityId));
    }

    public void restore(UUID opportunityId) {
        store.writeVoid(tx -> tx.opportunities().restore(opportunityId));
    }

    /** The reasons the Lost dialog offers, newest first; {@code defaults} until the user has given one. */
    public List<String> lostReasons(List<String> defaults) {
        // a list the user emptied stays empty: only a list never saved is the defaults
        return store.read(tx -> tx.settings().get(LOST_REASONS)
                .map(stored -> stored.isBlank() ? List.<String>of() : List.of(stored.split("\n")))
                .orElse(List.copyOf(defaults)));
    }

    /** Keeps the user's own list of lost reasons (a setting of this computer, not synced). */
    public void saveLostReasons(List<String> reasons) {
        Set<String> kept = new LinkedHashSet<>();
        for (String reason : reasons) {
            if (reason != null && !reason.isBlank() && kept.size() < LOST_REASONS_KEPT) {
                kept.add(reason.strip().replace('\n', ' '));
            }
        }
        store.writeVoid(tx -> tx.settings().put(LOST_REASONS, String.join("\n", kept)));
    }
}
