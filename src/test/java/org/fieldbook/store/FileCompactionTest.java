package org.fieldbook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.Contact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bulk writes leave the H2 file mostly dead space; the compaction after them rewrites it and loses nothing. */
class FileCompactionTest {
    /** Small enough for a test's file, which the production threshold (32 MB) would leave alone. */
    private static final long MIN_BYTES = 1L << 19;

    @TempDir
    Path folder;

    @BeforeAll
    static void fewerKeyRounds() {
        System.setProperty("fieldbook.keyIterations", "10000");
    }

    @Test
    void aFileLeftMostlyDeadByBulkWritesIsRewrittenSmallerAndKeepsEveryRow() throws Exception {
        List<Long> before;
        String[] names;
        try (Database database = Database.open(folder)) {
            Store store = database.store();
            bulkWrites(store);
            before = EncryptedDatabaseTest.counts(store);
            names = accountNames(database);
            FileCompaction compaction = database.compactIfSparse(MIN_BYTES, 10);

            assertEquals(FileCompaction.Outcome.COMPACTED, compaction.outcome(), compaction.toString());
            assertTrue(compaction.bytesAfter() * 2 < compaction.bytesBefore(), compaction.toString());
            assertEquals(Files.size(folder.resolve("fieldbook.mv.db")), compaction.bytesAfter());
            assertEquals(before, EncryptedDatabaseTest.counts(store), "the open store reads the compacted file");
            assertEquals(List.of(names), List.of(accountNames(database)));
            store.writeVoid(tx -> tx.accounts().insert(Account.create("After compacting", null)));
            assertEquals(FileCompaction.Outcome.NOT_NEEDED, database.compactIfSparse(MIN_BYTES, 10).outcome(),
                    "a compacted file is left as it is");
            assertFalse(Files.exists(folder.resolve("fieldbook.trace.db")), "H2 had nothing to complain of");
        }
        try (Database database = Database.open(folder)) {
            assertEquals(before.get(0) + 1, (long) database.store().read(tx -> tx.accounts().countLive()));
        }
    }

    @Test
    void aSmallFileIsLeftAsItIs() throws Exception {
        try (Database database = Database.open(folder)) {
            bulkWrites(database.store());
            long size = Files.size(folder.resolve("fieldbook.mv.db"));
            FileCompaction compaction = database.store().compactIfSparse();

            assertEquals(FileCompaction.Outcome.NOT_NEEDED, compaction.outcome(), "under 32 MB: " + compaction);
            assertEquals(size, compaction.bytesAfter());
            assertEquals(size, Files.size(folder.resolve("fieldbook.mv.db")));
        }
    }

    @Test
    void aQueryThatStaysUnderWayLeavesTheFileForLaterAndNothingWaitsForEver() throws Exception {
        try (Database database = Database.open(folder)) {
            Store store = database.store();
            bulkWrites(store);
            long size = Files.size(folder.resolve("fieldbook.mv.db"));
            CountDownLatch reading = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Long> longRead = CompletableFuture.supplyAsync(() -> store.read(tx -> {
                reading.countDown();
                await(release);
                return tx.accounts().countLive();
            }));
            assertTrue(reading.await(10, TimeUnit.SECONDS));

            FileCompaction compaction = database.compactIfSparse(MIN_BYTES, 1);
            release.countDown();

            assertEquals(FileCompaction.Outcome.BUSY, compaction.outcome());
            assertEquals(size, Files.size(folder.resolve("fieldbook.mv.db")));
            assertEquals(ACCOUNTS, longRead.get(10, TimeUnit.SECONDS));
            store.writeVoid(tx -> tx.accounts().insert(Account.create("After a busy compaction", null)));
            assertEquals(ACCOUNTS + 1, (long) store.read(tx -> tx.accounts().countLive()));
        }
    }

    @Test
    void queriesAskedForWhileTheFileIsCompactedWaitAndThenRead() throws Exception {
        try (Database database = Database.open(folder)) {
            Store store = database.store();
            bulkWrites(store);
            CountDownLatch reading = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Long> underWay = CompletableFuture.supplyAsync(() -> store.read(tx -> {
                reading.countDown();
                await(release);
                return tx.accounts().countLive();
            }));
            assertTrue(reading.await(10, TimeUnit.SECONDS));
            CompletableFuture<FileCompaction> compaction = CompletableFuture.supplyAsync(
                    () -> database.compactIfSparse(MIN_BYTES, 30));
            List<CompletableFuture<Long>> asked = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Thread.sleep(50);
                asked.add(CompletableFuture.supplyAsync(() -> store.read(tx -> tx.accounts().countLive())));
            }
            release.countDown();

            assertEquals(FileCompaction.Outcome.COMPACTED, compaction.get(60, TimeUnit.SECONDS).outcome());
            assertEquals(ACCOUNTS, underWay.get(10, TimeUnit.SECONDS));
            for (CompletableFuture<Long> read : asked) {
                assertEquals(ACCOUNTS, read.get(10, TimeUnit.SECONDS));
            }
        }
    }

    @Test
    void anEncryptedFileStaysEncryptedWhenCompacted() throws Exception {
        try (Database database = Database.open(folder)) {
            database.store().writeVoid(tx -> tx.accounts().insert(
                    Account.create(EncryptedDatabaseTest.SECRET_NAME, null)));
            database.changeEncryption(null, EncryptedDatabaseTest.PASSPHRASE.clone(), progress -> { });
            bulkWrites(database.store());

            assertEquals(FileCompaction.Outcome.COMPACTED, database.compactIfSparse(MIN_BYTES, 10).outcome());
            assertEquals(ACCOUNTS + 1, (long) database.store().read(tx -> tx.accounts().countLive()));
        }
        byte[] file = Files.readAllBytes(folder.resolve("fieldbook.mv.db"));
        assertFalse(new String(file, StandardCharsets.ISO_8859_1).contains(EncryptedDatabaseTest.SECRET_NAME));
        try (Database database = Database.open(folder, EncryptedDatabaseTest.PASSPHRASE.clone())) {
            assertEquals(ACCOUNTS + 1, (long) database.store().read(tx -> tx.accounts().countLive()));
        }
    }

    private static final long ACCOUNTS = 1_500;

    /** Many transactions, each touching pages all over the indexes, then every account edited: a sparse file. */
    private static void bulkWrites(Store store) {
        for (int batch = 0; batch < 15; batch++) {
            int first = batch * 100;
            store.writeVoid(tx -> {
                for (int number = first; number < first + 100; number++) {
                    Account account = tx.accounts().insert(Account.create("Account " + number, null));
                    for (int c = 0; c < 2; c++) {
                        tx.contacts().insert(Contact.create(account.id(), "Contact " + number + "." + c));
                    }
                }
            });
        }
        for (int round = 0; round < 2; round++) {
            List<Account> accounts = store.read(tx -> tx.accounts().all());
            for (int from = 0; from < accounts.size(); from += 100) {
                List<Account> some = accounts.subList(from, Math.min(accounts.size(), from + 100));
                store.writeVoid(tx -> some.forEach(account -> tx.accounts().update(
                        account.withName(account.name() + " (renamed)"))));
            }
        }
    }

    private static String[] accountNames(Database database) {
        return database.dsl().fetch("SELECT name FROM account ORDER BY id").getValues(0, String.class)
                .toArray(String[]::new);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
