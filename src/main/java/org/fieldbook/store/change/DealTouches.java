package org.fieldbook.store.change;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What one transaction changed of the rows the per-deal facts derive from (V15, decision 0020): deals created or
 * moved (a CREATE, a new stage or pipeline), stage changes written or tombstoned, and stages whose place in the
 * funnel changed (position or kind). Unlike the listeners' {@link ChangedRows} it has no cap: a bulk load of a
 * hundred thousand deals still names each one, so that only they are derived again. Deals and stage changes
 * inserted by this device come with their values ({@link #inserted}): a deal created here, with its history,
 * and not changed otherwise in the transaction, can have its facts worked out from those values alone, without
 * reading its rows back (a bulk load or an import of a hundred thousand deals).
 */
public final class DealTouches {
    static final String OPPORTUNITY = "opportunity";
    static final String STAGE_CHANGE = "stage_change";
    static final String STAGE = "stage";
    /** The deal fields a fact depends on: its stage now, and the pipeline whose stages count. */
    private static final Set<String> DEAL_FIELDS = Set.of("stage_id", "pipeline_id");
    private static final String STAGE_ID = "stage_id";
    /** The stage fields a level depends on; a stage moved to another pipeline changes both pipelines' levels. */
    private static final Set<String> STAGE_FIELDS = Set.of("position", "kind");

    private final Set<UUID> deals = new HashSet<>();
    private final Set<UUID> dealsChangedOtherwise = new HashSet<>();
    private final Set<UUID> stageChanges = new HashSet<>();
    private final Set<UUID> stages = new HashSet<>();
    private final Map<UUID, NewDeal> newDeals = new HashMap<>();
    private final Map<UUID, List<NewMove>> newMoves = new HashMap<>();
    private final Set<UUID> newMoveIds = new HashSet<>();
    private final Set<UUID> newStages = new HashSet<>();
    private boolean everything;

    /** A deal inserted in the transaction: its pipeline and stage as inserted. */
    public record NewDeal(UUID pipelineId, UUID stageId) {
    }

    /** A stage change inserted in the transaction. */
    public record NewMove(UUID id, UUID fromStageId, UUID toStageId, OffsetDateTime changedAt) {
    }

    /**
     * A row about to be inserted with {@code columns} (name to value, as written), told before its CREATE is
     * recorded.
     */
    public void inserted(String entity, UUID id, Map<String, Object> columns) {
        if (everything) {
            return;
        }
        if (OPPORTUNITY.equals(entity)) {
            newDeals.put(id, new NewDeal((UUID) columns.get("pipeline_id"), (UUID) columns.get("stage_id")));
        } else if (STAGE_CHANGE.equals(entity)) {
            NewMove move = new NewMove(id, (UUID) columns.get("from_stage_id"), (UUID) columns.get("to_stage_id"),
                    (OffsetDateTime) columns.get("changed_at"));
            newMoves.computeIfAbsent((UUID) columns.get("opportunity_id"), deal -> new ArrayList<>()).add(move);
            newMoveIds.add(id);
        } else if (STAGE.equals(entity)) {
            newStages.add(id);
        }
    }

    void note(ChangeRecord change) {
        if (everything) {
            return;
        }
        boolean create = change.op() == ChangeOp.CREATE;
        switch (change.entity()) {
            case OPPORTUNITY -> {
                if (create && !newDeals.containsKey(change.rowId())
                        || change.op() == ChangeOp.SET && DEAL_FIELDS.contains(change.field())) {
                    deals.add(change.rowId());
                    if (!(change.op() == ChangeOp.SET && STAGE_ID.equals(change.field()))) {
                        dealsChangedOtherwise.add(change.rowId());
                    }
                }
            }
            case STAGE_CHANGE -> {
                if (!create || !newMoveIds.contains(change.rowId())) {
                    stageChanges.add(change.rowId());
                }
            }
            case STAGE -> {
                if (change.op() == ChangeOp.SET && "pipeline_id".equals(change.field())) {
                    everything = true;
                } else if (change.op() == ChangeOp.SET && STAGE_FIELDS.contains(change.field())
                        || create && !newStages.contains(change.rowId())) {
                    // a CREATE from a teammate of a stage this replica has too keeps the newer values of both
                    stages.add(change.rowId());
                }
            }
            default -> {
            }
        }
    }

    /** Rows were written past the capture (a replica state loaded): every deal's facts are derived again. */
    void everything() {
        everything = true;
    }

    public boolean isEverything() {
        return everything;
    }

    public boolean isEmpty() {
        return !everything && deals.isEmpty() && stageChanges.isEmpty() && stages.isEmpty() && newDeals.isEmpty()
                && newMoves.isEmpty();
    }

    /** Deals inserted here with the values given to {@link #inserted}. */
    public Map<UUID, NewDeal> newDeals() {
        return newDeals;
    }

    /** Stage changes inserted here, by deal. */
    public Map<UUID, List<NewMove>> newMoves() {
        return newMoves;
    }

    /** Deals written otherwise in a way that changes their facts (not their title, amount, ...). */
    public Set<UUID> deals() {
        return deals;
    }

    /**
     * The deals of {@link #deals} changed in more than their stage: a teammate's CREATE, a new pipeline. Only a
     * deal that merely moved can have its facts advanced by its one new move.
     */
    public Set<UUID> dealsChangedOtherwise() {
        return dealsChangedOtherwise;
    }

    /** Stage changes written otherwise (applied from a teammate, tombstoned): their deals' facts change. */
    public Set<UUID> stageChanges() {
        return stageChanges;
    }

    /**
     * Stages whose position or kind changed, or that a teammate created: the facts of every deal of their
     * pipelines change, and of every deal in them (a deal whose pipeline and stage disagree after a merge).
     */
    public Set<UUID> stages() {
        return stages;
    }
}
