package org.fieldbook.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.fieldbook.store.Database;
import org.fieldbook.store.StoreException;

/**
 * Opens the data folder on a thread of its own, started before JavaFX: its log file, then H2 and the schema
 * check run on the second core while the toolkit starts and the window is built. The window's services are
 * wired at once over it ({@link AppContext#whenOpen}); the window waits for the database only before it shows.
 * This thread exists once, before any {@code BackgroundRunner}.
 *
 * <p>An encrypted folder (a file test, no H2) waits instead for the passphrase the start-up dialog asks for:
 * {@link #unlock} opens it then, on the dialog's background thread.
 */
final class DataFolderOpening {
    private final Path folder;
    private final CompletableFuture<Database> database = new CompletableFuture<>();
    private final boolean needsPassphrase;

    private DataFolderOpening(Path folder, boolean needsPassphrase) {
        this.folder = folder;
        this.needsPassphrase = needsPassphrase;
    }

    /** Starts opening {@code folder}, unless it is encrypted; {@link AppContext#whenOpen} wires services over it. */
    static DataFolderOpening begin(Path folder) {
        DataFolderOpening opening = new DataFolderOpening(folder, Database.isEncrypted(folder));
        Thread thread = new Thread(() -> {
            try {
                Logging.toDataFolder(folder);
                if (!opening.needsPassphrase) {
                    opening.database.complete(Database.open(folder));
                }
            } catch (RuntimeException | Error e) {
                opening.database.completeExceptionally(e);
            }
        }, "fieldbook-open");
        thread.setDaemon(true);
        thread.start();
        return opening;
    }

    CompletableFuture<Database> database() {
        return database;
    }

    /** The user quit without a passphrase: whatever waits for the database stops waiting. */
    void giveUp() {
        database.completeExceptionally(new StoreException("error.passphrase.needed", folder,
                "the data folder " + folder + " is encrypted and no passphrase was given", null));
    }

    boolean needsPassphrase() {
        return needsPassphrase;
    }

    /**
     * Opens the encrypted folder with {@code passphrase} (not kept). A wrong passphrase throws and may be tried
     * again; any other failure also ends the opening, so whatever waits for the database learns of it.
     */
    void unlock(char[] passphrase) {
        try {
            Database opened = Database.open(folder, passphrase);
            if (!database.complete(opened)) {
                opened.close(); // the user quit meanwhile
            }
        } catch (StoreException e) {
            if (!e.messageKey().equals("error.passphrase.wrong")) {
                database.completeExceptionally(e);
            }
            throw e;
        } catch (RuntimeException e) {
            database.completeExceptionally(e);
            throw e;
        }
    }
}
