package org.fieldbook.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.fieldbook.domain.Account;
import org.fieldbook.store.Database;
import org.fieldbook.sync.SyncEngine;
import org.fieldbook.sync.folder.FolderSyncReport;
import org.fieldbook.sync.folder.FolderTransport;
import org.fieldbook.sync.folder.WrongPassphraseException;

/**
 * The sync figures of issue 7: 10,000 changes pushed by one device and pulled by another through a team folder
 * (seconds, and bytes in the folder), and a new device joining a team folder that holds the history of
 * 100,000 opportunities (from the snapshot its first device writes).
 */
public final class SyncBench {
    static final int CHANGES = 10_000;
    static final double PULL_LIMIT_SECONDS = 3;
    static final double JOIN_LIMIT_SECONDS = 20;

    private SyncBench() {
    }

    /** Pushes and pulls {@link #CHANGES} changes between two fresh data folders under {@code work}. */
    public static List<Figure> tenThousandChanges(Path work) throws IOException, WrongPassphraseException {
        Path folder = Files.createDirectories(work.resolve("team-10k"));
        try (Database writer = Database.open(work.resolve("writer"));
             Database reader = Database.open(work.resolve("reader"))) {
            List<Account> accounts = new ArrayList<>();
            for (int i = 0; i < CHANGES / 2; i++) {
                accounts.add(Account.create("Account " + i, null));
            }
            var store = writer.store();
            store.writeVoid(tx -> tx.accounts().insertAll(accounts));
            store.writeVoid(tx -> accounts.forEach(a -> tx.accounts().update(a.withName(a.name() + " Ltd"))));
            long start = System.nanoTime();
            FolderSyncReport pushed = new FolderTransport(folder, null).exchange(new SyncEngine(store), "writer");
            double pushSeconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            FolderSyncReport pulled = new FolderTransport(folder, null).exchange(new SyncEngine(reader.store()), "reader");
            double pullSeconds = (System.nanoTime() - start) / 1e9;
            if (pulled.pulled() != pushed.pushed()) {
                throw new IllegalStateException("pulled " + pulled.pulled() + " of " + pushed.pushed() + " changes");
            }
            return List.of(Figure.of("sync_push_10k_changes_s", pushSeconds, "s"),
                    Figure.limited("sync_pull_10k_changes_s", pullSeconds, "s", PULL_LIMIT_SECONDS),
                    Figure.of("sync_folder_bytes_10k_changes", bytes(folder), "bytes"));
        }
    }

    /**
     * The first device publishes the whole history of {@code loaded} (its segments and a snapshot); then a new
     * device joins from the folder.
     */
    public static List<Figure> joining(Path loaded, Path work) throws IOException, WrongPassphraseException {
        Path folder = Files.createDirectories(work.resolve("team-100k"));
        double publishSeconds;
        try (Database first = Database.open(loaded)) {
            long start = System.nanoTime();
            new FolderTransport(folder, null).exchange(new SyncEngine(first.store()), "first");
            publishSeconds = (System.nanoTime() - start) / 1e9;
        }
        try (Database joiner = Database.open(work.resolve("joiner"))) {
            long start = System.nanoTime();
            new FolderTransport(folder, null).exchange(new SyncEngine(joiner.store()), "joiner");
            double joinSeconds = (System.nanoTime() - start) / 1e9;
            long opportunities = joiner.store().read(tx -> tx.opportunities().countLive());
            return List.of(Figure.of("sync_publish_100k_history_s", publishSeconds, "s"),
                    Figure.of("sync_folder_bytes_100k_history", bytes(folder), "bytes"),
                    Figure.limited("sync_join_100k_s", joinSeconds, "s", JOIN_LIMIT_SECONDS),
                    Figure.of("sync_join_100k_opportunities", opportunities, "opportunities"));
        }
    }

    private static long bytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
