package org.fieldbook.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.fieldbook.store.change.DealTouches;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * Keeps {@code deal_fact} (V15, decision 0020) equal to what the stage history says: the store calls
 * {@link #keepUp} in every write transaction, after its rows are written and before it commits, with what the
 * transaction touched. Deals inserted with their whole history (a new deal, a bulk load, an import) have their
 * facts worked out from the inserted values; other touched deals are derived again from their rows, by one
 * set-based statement per chunk. A stage whose position or kind changed derives its pipelines' deals again, and
 * rows written past the change capture (a replica state, a restored snapshot) all of them.
 */
public final class DealFacts {
    /** Deals derived again per statement at most. */
    static final int CHUNK = 500;
    /**
     * The numbers of ids a statement takes: a few fixed sizes, so that H2 parses each statement once, and a
     * single deal (a move on the board) is not looked up with 500 copies of its id.
     */
    private static final int[] SIZES = {1, 8, 64, CHUNK};
    /** The level of a won stage: beyond every open stage of its pipeline, whatever its position. */
    public static final int WON_LEVEL = 1_000_000;

    private static final String LEVEL_OF_BEEN = "CASE WHEN BEEN.KIND = 'OPEN' THEN BEEN.POSITION "
            + "WHEN BEEN.KIND = 'WON' THEN " + WON_LEVEL + " ELSE -1 END";
    private static final String LEVEL_OF_NOW = "CASE WHEN NOW.KIND = 'OPEN' THEN NOW.POSITION "
            + "WHEN NOW.KIND = 'WON' THEN " + WON_LEVEL + " ELSE -1 END";
    /** The facts of the deals {@code O} the condition that follows picks, grouped per deal. */
    private static final String DERIVED = "SELECT O.ID, GREATEST(COALESCE(MAX(" + LEVEL_OF_BEEN + "), -1), ANY_VALUE("
            + LEVEL_OF_NOW + ")), MAX(SC.CHANGED_AT), "
            + "ARRAY_AGG(SC.TO_STAGE_ID ORDER BY SC.CHANGED_AT DESC, SC.ID DESC)[1] "
            + "FROM OPPORTUNITY O JOIN STAGE NOW ON NOW.ID = O.STAGE_ID "
            + "LEFT JOIN STAGE_CHANGE SC ON SC.OPPORTUNITY_ID = O.ID AND SC.DELETED = FALSE "
            + "LEFT JOIN STAGE BEEN ON BEEN.ID = SC.TO_STAGE_ID AND BEEN.PIPELINE_ID = O.PIPELINE_ID ";
    private static final String MERGE = "MERGE INTO DEAL_FACT "
            + "(OPPORTUNITY_ID, FURTHEST_LEVEL, LAST_MOVE_AT, LAST_MOVE_STAGE_ID) KEY (OPPORTUNITY_ID) ";
    private static final String REFRESH_DEALS = MERGE + DERIVED + "WHERE O.ID IN (%s) GROUP BY O.ID";
    private static final String DEALS_OF_STAGE_CHANGES = "SELECT DISTINCT OPPORTUNITY_ID FROM STAGE_CHANGE "
            + "WHERE ID IN (%s)";
    private static final String PIPELINES_OF_STAGE = "SELECT PIPELINE_ID FROM STAGE WHERE ID = ?";
    private static final String REFRESH_PIPELINE = MERGE + DERIVED + "WHERE O.PIPELINE_ID = ? GROUP BY O.ID";
    /**
     * The deals in a stage whose pipeline is another one, which a merge of two moves can leave there; the deals of
     * the stage's own pipeline are {@link #REFRESH_PIPELINE}'s.
     */
    private static final String REFRESH_STAGE = MERGE + DERIVED
            + "WHERE O.STAGE_ID = ? AND O.PIPELINE_ID <> NOW.PIPELINE_ID GROUP BY O.ID";
    private static final String STAGE_LEVELS = "SELECT ID, PIPELINE_ID, CASE WHEN KIND = 'OPEN' THEN POSITION "
            + "WHEN KIND = 'WON' THEN " + WON_LEVEL + " ELSE -1 END FROM STAGE";
    private static final String MERGE_VALUES = MERGE + "VALUES (?, ?, ?, ?)";
    /**
     * The facts of a deal of older history that moved once in the transaction (the board, the editor), from its
     * fact row and that move alone: its history is not read again. Exact when the row is kept up and the move
     * leaves the stage the deal's newest live move went to, in the deal's pipeline (every local writer of a move
     * records the stage the deal is leaving as {@code from_stage_id}): then the level of the stage left is among
     * the history's levels already, and the new furthest level is the greater of the old one and the new stage's.
     * Writes nothing when the row is not like that, or when the move is no later than the newest one (a tie is
     * broken by id, which the row does not hold); the deal is then derived from its rows.
     */
    private static final String ADVANCE = "UPDATE DEAL_FACT F SET FURTHEST_LEVEL = GREATEST(F.FURTHEST_LEVEL, "
            + "(SELECT CASE WHEN TO_STAGE.KIND = 'OPEN' THEN TO_STAGE.POSITION WHEN TO_STAGE.KIND = 'WON' THEN "
            + WON_LEVEL + " ELSE -1 END FROM STAGE TO_STAGE WHERE TO_STAGE.ID = ?)), "
            + "LAST_MOVE_AT = ?, LAST_MOVE_STAGE_ID = ? "
            + "WHERE F.OPPORTUNITY_ID = ? AND F.LAST_MOVE_AT < ? AND F.LAST_MOVE_STAGE_ID = ? "
            + "AND EXISTS (SELECT 1 FROM OPPORTUNITY O JOIN STAGE LEFT_STAGE ON LEFT_STAGE.ID = F.LAST_MOVE_STAGE_ID "
            + "WHERE O.ID = F.OPPORTUNITY_ID AND O.STAGE_ID = ? AND LEFT_STAGE.PIPELINE_ID = O.PIPELINE_ID)";
    private static final String DELETE_ALL = "DELETE FROM DEAL_FACT";
    /** Every deal's facts derived from its rows: what {@code deal_fact} holds when it is kept up. */
    static final String DERIVED_ALL = DERIVED + "GROUP BY O.ID";
    private static final String INSERT_ALL = "INSERT INTO DEAL_FACT "
            + "(OPPORTUNITY_ID, FURTHEST_LEVEL, LAST_MOVE_AT, LAST_MOVE_STAGE_ID) " + DERIVED_ALL;

    private DealFacts() {
    }

    /** Derives again the facts of what {@code touched} names, in the caller's transaction. */
    static void keepUp(DSLContext db, DealTouches touched) {
        if (touched.isEmpty()) {
            return;
        }
        db.connection(connection -> {
            try {
                if (touched.isEverything()) {
                    rebuild(connection);
                    return;
                }
                Set<UUID> readBack = new HashSet<>(touched.deals());
                Set<UUID> notJustMoved = new HashSet<>(touched.dealsChangedOtherwise());
                for (List<UUID> chunk : chunks(new ArrayList<>(touched.stageChanges()))) {
                    Set<UUID> ofChanges = dealsOf(connection, chunk);
                    readBack.addAll(ofChanges);
                    notJustMoved.addAll(ofChanges);
                }
                for (UUID deal : touched.newMoves().keySet()) {
                    if (!touched.newDeals().containsKey(deal)) {
                        readBack.add(deal); // a new move of a deal that has older history
                    }
                }
                Map<UUID, DealTouches.NewDeal> fromValues = new HashMap<>(touched.newDeals());
                fromValues.keySet().removeAll(readBack);
                readBack.addAll(writeFromValues(connection, fromValues, touched.newMoves()));
                if (touched.stages().isEmpty()) {
                    readBack.removeAll(advanced(connection, readBack, notJustMoved, touched));
                }
                for (List<UUID> chunk : chunks(new ArrayList<>(readBack))) {
                    try (PreparedStatement refresh = prepare(connection, REFRESH_DEALS, chunk)) {
                        refresh.executeUpdate();
                    }
                }
                for (UUID pipeline : pipelinesOf(connection, touched.stages())) {
                    refreshAll(connection, REFRESH_PIPELINE, pipeline);
                }
                for (UUID stage : touched.stages()) {
                    refreshAll(connection, REFRESH_STAGE, stage);
                }
            } catch (SQLException e) {
                throw new DataAccessException("could not keep the deals' facts", e);
            }
        });
    }

    /** The deals of {@code candidates} that moved once here and whose facts {@link #ADVANCE} could advance. */
    private static Set<UUID> advanced(Connection connection, Set<UUID> candidates, Set<UUID> notJustMoved,
                                      DealTouches touched) throws SQLException {
        Map<UUID, DealTouches.NewMove> movedOnce = new HashMap<>();
        for (UUID deal : candidates) {
            List<DealTouches.NewMove> moves = touched.newMoves().get(deal);
            if (moves != null && moves.size() == 1 && moves.get(0).fromStageId() != null
                    && !notJustMoved.contains(deal) && !touched.newDeals().containsKey(deal)) {
                movedOnce.put(deal, moves.get(0));
            }
        }
        Set<UUID> advanced = new HashSet<>();
        if (movedOnce.isEmpty()) {
            return advanced;
        }
        try (PreparedStatement advance = connection.prepareStatement(ADVANCE)) {
            for (Map.Entry<UUID, DealTouches.NewMove> entry : movedOnce.entrySet()) {
                DealTouches.NewMove move = entry.getValue();
                OffsetDateTime at = toMillis(move.changedAt());
                advance.setObject(1, move.toStageId());
                advance.setObject(2, at);
                advance.setObject(3, move.toStageId());
                advance.setObject(4, entry.getKey());
                advance.setObject(5, at);
                advance.setObject(6, move.fromStageId());
                advance.setObject(7, move.toStageId());
                if (advance.executeUpdate() == 1) {
                    advanced.add(entry.getKey());
                }
            }
        }
        return advanced;
    }

    private static void refreshAll(Connection connection, String sql, UUID id) throws SQLException {
        try (PreparedStatement refresh = connection.prepareStatement(sql)) {
            refresh.setObject(1, id);
            refresh.executeUpdate();
        }
    }

    /** A stage as a level needs it. */
    private record StageLevel(UUID pipelineId, int level) {
    }

    /**
     * Writes the facts of deals created in this transaction with their whole history, from the values they were
     * inserted with: as {@link #DERIVED} would read them back, timestamps rounded to the column's milliseconds and
     * ties broken by id as H2 orders UUIDs. Returns the deals it could not work out (a stage it does not know),
     * to be read back instead.
     */
    private static Set<UUID> writeFromValues(Connection connection, Map<UUID, DealTouches.NewDeal> deals,
                                             Map<UUID, List<DealTouches.NewMove>> moves) throws SQLException {
        Set<UUID> unknown = new HashSet<>();
        if (deals.isEmpty()) {
            return unknown;
        }
        Map<UUID, StageLevel> stages = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(STAGE_LEVELS);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                stages.put(rows.getObject(1, UUID.class),
                        new StageLevel(rows.getObject(2, UUID.class), rows.getInt(3)));
            }
        }
        try (PreparedStatement merge = connection.prepareStatement(MERGE_VALUES)) {
            int batched = 0;
            for (Map.Entry<UUID, DealTouches.NewDeal> deal : deals.entrySet()) {
                StageLevel now = stages.get(deal.getValue().stageId());
                if (now == null) {
                    unknown.add(deal.getKey());
                    continue;
                }
                int level = now.level();
                DealTouches.NewMove last = null;
                OffsetDateTime lastAt = null;
                for (DealTouches.NewMove move : moves.getOrDefault(deal.getKey(), List.of())) {
                    StageLevel been = stages.get(move.toStageId());
                    if (been == null) {
                        unknown.add(deal.getKey());
                        break;
                    }
                    if (been.pipelineId().equals(deal.getValue().pipelineId())) {
                        level = Math.max(level, been.level());
                    }
                    OffsetDateTime at = toMillis(move.changedAt());
                    int order = lastAt == null ? 1 : at.compareTo(lastAt);
                    if (order > 0 || order == 0 && unsigned(move.id(), last.id()) > 0) {
                        last = move;
                        lastAt = at;
                    }
                }
                if (unknown.contains(deal.getKey())) {
                    continue;
                }
                merge.setObject(1, deal.getKey());
                merge.setInt(2, level);
                merge.setObject(3, lastAt);
                merge.setObject(4, last == null ? null : last.toStageId());
                merge.addBatch();
                if (++batched % CHUNK == 0) {
                    merge.executeBatch();
                }
            }
            merge.executeBatch();
        }
        return unknown;
    }

    /** The value a {@code TIMESTAMP(3)} column holds for {@code time}: H2 rounds half up to the millisecond. */
    static OffsetDateTime toMillis(OffsetDateTime time) {
        return time.plusNanos(500_000).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    /** H2's order of UUIDs: both halves compared as unsigned numbers (not {@link UUID#compareTo}'s signed one). */
    static int unsigned(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    /** Derives every deal's facts again, in the connection's transaction. */
    static void rebuild(Connection connection) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(DELETE_ALL);
             PreparedStatement insert = connection.prepareStatement(INSERT_ALL)) {
            delete.executeUpdate();
            insert.executeUpdate();
        }
    }

    private static Set<UUID> pipelinesOf(Connection connection, Set<UUID> stages) throws SQLException {
        Set<UUID> pipelines = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(PIPELINES_OF_STAGE)) {
            for (UUID stage : stages) {
                select.setObject(1, stage);
                pipelines.addAll(read(select));
            }
        }
        return pipelines;
    }

    private static Set<UUID> dealsOf(Connection connection, List<UUID> stageChanges) throws SQLException {
        try (PreparedStatement select = prepare(connection, DEALS_OF_STAGE_CHANGES, stageChanges)) {
            return read(select);
        }
    }

    private static Set<UUID> read(PreparedStatement select) throws SQLException {
        Set<UUID> ids = new HashSet<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    /**
     * {@code sql} with as many places for ids as the smallest of {@link #SIZES} that holds the chunk, the chunk
     * bound to them and its last id repeated in the places left over.
     */
    private static PreparedStatement prepare(Connection connection, String sql, List<UUID> chunk) throws SQLException {
        int size = java.util.Arrays.stream(SIZES).filter(s -> s >= chunk.size()).findFirst().orElseThrow();
        PreparedStatement statement = connection.prepareStatement(
                String.format(sql, String.join(", ", java.util.Collections.nCopies(size, "?"))));
        for (int i = 0; i < size; i++) {
            statement.setObject(i + 1, chunk.get(Math.min(i, chunk.size() - 1)));
        }
        return statement;
    }

    private static List<List<UUID>> chunks(List<UUID> ids) {
        List<List<UUID>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
        return chunks;
    }
}
