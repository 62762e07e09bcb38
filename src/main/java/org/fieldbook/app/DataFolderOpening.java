package org.fieldbook.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.fieldbook.store.Database;

/**
 * Opens the data folder on a thread of its own, started before JavaFX: its log file, then H2 and the schema
 * check run on the second core while the toolkit starts and the window is built. The window's services are
 * wired at once over it ({@link AppContext#whenOpen}); the window waits for the database only before it shows.
 * This thread exists once, before any {@code BackgroundRunner}.
 */
final class DataFolderOpening {
    private DataFolderOpening() {
    }

    /** Starts opening {@code folder}; {@link AppContext#whenOpen} wires services over it. */
    static CompletableFuture<Database> begin(Path folder) {
        CompletableFuture<Database> database = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                Logging.toDataFolder(folder);
                database.complete(Database.open(folder));
            } catch (RuntimeException | Error e) {
                database.completeExceptionally(e);
            }
        }, "fieldbook-open");
        thread.setDaemon(true);
        thread.start();
        return database;
    }
}
