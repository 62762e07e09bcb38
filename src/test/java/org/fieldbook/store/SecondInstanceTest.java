package org.fieldbook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecondInstanceTest {
    @TempDir
    Path folder;

    @Test
    void aSecondOpenOfTheSameFolderIsRefusedWithAClearMessageAndTheFirstKeepsWorking() {
        try (Database first = Database.open(folder)) {
            StoreException refused = assertThrows(StoreException.class, () -> Database.open(folder));
            assertEquals("error.dataFolder.inUse", refused.messageKey());
            assertEquals(2L, (long) first.store().read(tx -> tx.pipelines().countLive()));
        }
        try (Database again = Database.open(folder)) {
            assertEquals(2L, (long) again.store().read(tx -> tx.pipelines().countLive()));
        }
    }

    @Test
    void aFileWhereTheFolderShouldBeIsAnUnusableFolder() throws IOException {
        Path file = Files.writeString(folder.resolve("not-a-folder"), "x");
        StoreException refused = assertThrows(StoreException.class, () -> Database.open(file));
        assertEquals("error.dataFolder.unusable", refused.messageKey());
    }

    @Test
    void aFolderWrittenByANewerFieldbookIsRefusedAndLeftAsItWas() throws Exception {
        try (Database database = Database.open(folder)) {
            assertTrue(database.schemaVersion() >= 2);
        }
        int historyRows = historyRows();
        try (var connection = java.sql.DriverManager.getConnection(
                "jdbc:h2:file:" + folder.resolve(Database.FILE_NAME), "fieldbook", "");
             var statement = connection.createStatement()) {
            statement.execute("INSERT INTO \"flyway_schema_history\" SELECT 99, '99', 'from the future', 'SQL', "
                    + "'V99__from_the_future.sql', 1, 'fieldbook', CURRENT_TIMESTAMP, 1, TRUE");
        }

        StoreException refused = assertThrows(StoreException.class, () -> Database.open(folder));
        assertEquals("error.database.newer", refused.messageKey());
        assertEquals(historyRows + 1, historyRows(), "nothing was migrated or repaired");
    }

    private int historyRows() throws java.sql.SQLException {
        try (var connection = java.sql.DriverManager.getConnection(
                "jdbc:h2:file:" + folder.resolve(Database.FILE_NAME), "fieldbook", "");
             var rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    @Test
    void aNewDatabaseHoldsTheDefaultPipelines() {
        try (Database database = Database.open(folder)) {
            var pipelines = database.store().read(tx -> tx.pipelines().inOrder());
            assertEquals(java.util.List.of("New business", "Expansion"),
                    pipelines.stream().map(org.fieldbook.domain.Pipeline::name).toList());
            var stages = database.store().read(tx -> tx.stages().ofPipeline(pipelines.get(0).id()));
            assertEquals(java.util.List.of("Prospecting 10", "Qualification 25", "Proposal 50", "Negotiation 75",
                    "Won 100", "Lost 0"), stages.stream().map(s -> s.name() + " " + s.probability()).toList());
        }
    }
}
