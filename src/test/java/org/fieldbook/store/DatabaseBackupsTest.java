package org.fieldbook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.fieldbook.domain.Account;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daily backup: made when the newest is a day old, the last N kept; a backup before an upgrade joins them. */
class DatabaseBackupsTest {
    @TempDir
    Path folder;

    @Test
    void aDailyBackupIsMadeOnceADayAndOnlyTheNewestAreKept(@TempDir Path other) throws Exception {
        try (Database database = Database.open(folder)) {
            Store store = database.store();
            DatabaseBackups.keep(store, 3);
            assertTrue(DatabaseBackups.backupIfDue(store, folder).isPresent(), "none yet: one is due");
            assertTrue(DatabaseBackups.backupIfDue(store, folder).isEmpty(), "one from today is enough");
            for (int day = 1; day <= 4; day++) {
                for (Path backup : DatabaseBackups.backups(folder)) {
                    Instant older = Files.getLastModifiedTime(backup).toInstant().minusSeconds(2 * 24 * 3600);
                    Files.setLastModifiedTime(backup, FileTime.from(older));
                }
                store.writeVoid(tx -> tx.accounts().insert(Account.create("Day account", null)));
                assertTrue(DatabaseBackups.backupIfDue(store, folder).isPresent());
            }
            List<Path> kept = DatabaseBackups.backups(folder);
            assertEquals(3, kept.size(), kept::toString);
        }
        Path newest = DatabaseBackups.backups(folder).get(0);
        DatabaseBackups.restore(other, newest);
        try (Database restored = Database.open(other)) {
            assertEquals(4L, (long) restored.store().read(tx -> tx.accounts().countLive()));
        }
    }
}
