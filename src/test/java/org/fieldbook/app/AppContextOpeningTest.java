package org.fieldbook.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.fieldbook.store.Database;
import org.fieldbook.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's services are wired before the database is open; their queries wait for it. */
class AppContextOpeningTest {
    @Test
    void aQueryMadeWhileTheDatabaseOpensWaitsAndThenAnswers(@TempDir Path folder) throws Exception {
        CompletableFuture<Database> opening = new CompletableFuture<>();
        var pool = Executors.newSingleThreadExecutor();
        try (AppContext context = AppContext.whenOpen(folder, opening)) {
            Future<Long> pipelines = pool.submit(() -> context.store().read(tx -> (long) tx.pipelines().inOrder().size()));
            Thread.sleep(200);
            assertFalse(pipelines.isDone(), "a query cannot answer before the database is open");

            opening.complete(Database.open(folder));
            context.awaitOpen();
            assertEquals(2L, pipelines.get(10, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFolderThatCannotBeOpenedIsReportedByAwaitOpenAndClosesQuietly(@TempDir Path folder) {
        CompletableFuture<Database> opening = new CompletableFuture<>();
        AppContext context = AppContext.whenOpen(folder, opening);
        opening.completeExceptionally(new StoreException("error.dataFolder.inUse", folder, "in use", null));

        StoreException thrown = assertThrows(StoreException.class, context::awaitOpen);
        assertEquals("error.dataFolder.inUse", thrown.messageKey());
        context.close(); // nothing was opened, so nothing to close, and no second error
    }
}
