package org.fieldbook.service;

import java.util.List;
import java.util.UUID;
import org.fieldbook.domain.Editing;
import org.fieldbook.domain.FieldVersions;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.OpportunityLine;
import org.fieldbook.domain.OpportunitySummary;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.domain.StageChange;
import org.fieldbook.domain.TimeOrderedId;
import org.fieldbook.store.Store;
import org.fieldbook.store.Tx;

/** Use cases of opportunities; each is one transaction. */
public final class OpportunityService {
    private final Store store;

    public OpportunityService(Store store) {
        this.store = store;
    }

    public List<OpportunitySummary> list() {
        return store.read(tx -> tx.opportunities().summaries());
    }

    public List<OpportunitySummary> ofAccount(UUID accountId) {
        return store.read(tx -> tx.opportunities().summariesOfAccount(accountId));
    }

    public Editing<Opportunity> edit(UUID id) {
        return store.read(tx -> tx.opportunities().edit(id));
    }

    /** A deal's lines in their order. */
    public List<OpportunityLine> lines(UUID id) {
        return store.read(tx -> tx.opportunityLines().ofOpportunity(id));
    }

    /** Creates the opportunity and records its entry into its first stage (the start of its history). */
    public Opportunity create(Opportunity opportunity, UUID createdBy) {
        return create(opportunity, List.of(), createdBy);
    }

    /** Creates the opportunity with its lines; with any, its amount is their sum. */
    public Opportunity create(Opportunity opportunity, List<OpportunityLine> lines, UUID createdBy) {
        RuleViolation.throwIfAny(opportunity.violations());
        DealLines.check(lines);
        return store.write(tx -> {
            CustomFieldChecks.check(tx, "opportunity", opportunity.customFields());
            Opportunity saved = tx.opportunities().insert(DealLines.priced(opportunity, lines));
            DealLines.store(tx, saved.id(), lines);
            tx.stageChanges().insert(new StageChange(TimeOrderedId.next(), saved.id(), null, saved.stageId(),
                    saved.createdAt(), createdBy));
            return saved;
        });
    }

    /**
     * Saves an edit. A change of stage in the form is a move: it is recorded in the stage history and a move
     * into a won or lost stage closes the opportunity.
     */
    public Opportunity update(Editing<Opportunity> started, Opportunity edited, UUID editedBy) {
        return update(started, edited, null, editedBy);
    }

    /**
     * Saves an edit with the deal's lines, all in one transaction; {@code lines} null leaves the stored lines
     * as they are. Whenever the deal has lines its amount is their sum, in the deal's currency.
     */
    public Opportunity update(Editing<Opportunity> started, Opportunity edited, List<OpportunityLine> lines,
                              UUID editedBy) {
        RuleViolation.throwIfAny(edited.violations());
        DealLines.check(lines);
        return store.write(tx -> {
            List<OpportunityLine> stored = lines == null ? tx.opportunityLines().ofOpportunity(edited.id())
                    : DealLines.store(tx, edited.id(), lines);
            CustomFieldChecks.check(tx, "opportunity", edited.customFields());
            Opportunity current = tx.opportunities().get(edited.id());
            Opportunity toSave = DealLines.priced(edited, stored);
            if (!edited.stageId().equals(started.original().stageId())) {
                PipelineStage target = tx.stages().get(edited.stageId());
                ApprovalChecks.requireApproved(tx, toSave, org.fieldbook.domain.ApprovalAction.moveTo(target.id()));
                toSave = toSave.movedTo(target, tx.opportunities().clockNow());
                recordMove(tx, current.id(), current.stageId(), target.id(), editedBy);
            }
            return tx.opportunities().update(started, toSave);
        });
    }

    /** Moves an opportunity to another stage of its pipeline (the board's drag and drop). */
    public Opportunity moveToStage(UUID id, UUID stageId, UUID movedBy) {
        return store.write(tx -> {
            Opportunity current = tx.opportunities().get(id);
            if (current.stageId().equals(stageId)) {
                return current;
            }
            PipelineStage target = tx.stages().get(stageId);
            ApprovalChecks.requireApproved(tx, current, org.fieldbook.domain.ApprovalAction.moveTo(stageId));
            recordMove(tx, id, current.stageId(), stageId, movedBy);
            return tx.opportunities().update(current.movedTo(target, tx.opportunities().clockNow()));
        });
    }

    private static void recordMove(Tx tx, UUID opportunityId, UUID from, UUID to, UUID by) {
        tx.stageChanges().insert(new StageChange(TimeOrderedId.next(), opportunityId, from, to,
                tx.opportunities().clockNow(), by));
    }

    public void delete(UUID id, FieldVersions seen) {
        store.writeVoid(tx -> tx.opportunities().delete(id, seen));
    }

    public Opportunity restore(UUID id) {
        return store.write(tx -> tx.opportunities().restore(id));
    }

    public List<StageChange> history(UUID id) {
        return store.read(tx -> tx.stageChanges().ofOpportunity(id));
    }
}
