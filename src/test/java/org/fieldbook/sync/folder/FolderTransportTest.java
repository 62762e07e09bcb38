package org.fieldbook.sync.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.fieldbook.domain.Account;
import org.fieldbook.store.Database;
import org.fieldbook.store.Store;
import org.fieldbook.sync.SyncEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderTransportTest {
    @TempDir
    Path temp;
    Path shared;
    Database laptopA;
    Database laptopB;

    @BeforeEach
    void open() throws Exception {
        shared = Files.createDirectories(temp.resolve("Dropbox"));
        laptopA = Database.open(temp.resolve("a"));
        laptopB = Database.open(temp.resolve("b"));
    }

    @AfterEach
    void close() {
        laptopA.close();
        laptopB.close();
    }

    private static FolderSyncReport sync(Database laptop, Path folder, String passphrase) throws Exception {
        return new FolderTransport(folder, passphrase == null ? null : passphrase.toCharArray())
                .exchange(new SyncEngine(laptop.store()), "laptop");
    }

    private static List<String> accountNames(Database laptop) {
        return laptop.store().read(tx -> tx.accounts().byName()).stream().map(Account::name).toList();
    }

    @Test
    void anAccountMadeOnOneLaptopArrivesOnTheOtherAndAnEditComesBack() throws Exception {
        Account acme = laptopA.store().write(tx -> tx.accounts().insert(Account.create("Acme", null)));
        FolderSyncReport pushed = sync(laptopA, shared, null);
        assertEquals(1, pushed.pushed());
        assertEquals(1, pushed.segmentsWritten());

        FolderSyncReport pulled = sync(laptopB, shared, null);
        assertEquals(1, pulled.pulled());
        assertEquals(List.of("Acme"), accountNames(laptopB));

        laptopB.store().write(tx -> tx.accounts().update(tx.accounts().get(acme.id()).withName("Acme GmbH")));
        sync(laptopB, shared, null);
        sync(laptopA, shared, null);
        assertEquals(List.of("Acme GmbH"), accountNames(laptopA));
        assertEquals(0, sync(laptopA, shared, null).pulled(), "a second exchange applies nothing twice");
    }

    @Test
    void concurrentEditsOfOneFieldConvergeAndAreListedAsAConflictOnBothLaptops() throws Exception {
        Account acme = laptopA.store().write(tx -> tx.accounts().insert(Account.create("Acme", null)));
        sync(laptopA, shared, null);
        sync(laptopB, shared, null);
        laptopA.store().write(tx -> tx.accounts().update(acme.withName("Acme North")));
        laptopB.store().write(tx -> tx.accounts().update(acme.withName("Acme South")));

        for (int round = 0; round < 2; round++) {
            sync(laptopA, shared, null);
            sync(laptopB, shared, null);
        }

        assertEquals(accountNames(laptopA), accountNames(laptopB));
        assertEquals(1, new SyncEngine(laptopA.store()).conflictCount());
        assertEquals(1, new SyncEngine(laptopB.store()).conflictCount());
    }

    @Test
    void anEncryptedTeamSyncsWithTheRightPassphraseAndAWrongOneTouchesNothing() throws Exception {
        laptopA.store().write(tx -> tx.accounts().insert(Account.create("广州钢铁有限公司", null)));
        sync(laptopA, shared, "correct horse battery staple");
        List<Path> before = files(shared);
        String segment = Files.readString(before.stream()
                .filter(p -> p.getFileName().toString().endsWith(".fbseg")).findFirst().orElseThrow(),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        assertFalse(segment.contains("Account") || segment.contains("account"), "segments are encrypted");
        assertFalse(Files.readString(shared.resolve("Fieldbook/v1/team.json")).contains("staple"));

        assertThrows(WrongPassphraseException.class, () -> sync(laptopB, shared, "wrong horse"));
        assertThrows(WrongPassphraseException.class, () -> sync(laptopB, shared, null));
        assertEquals(before, files(shared), "a wrong passphrase writes nothing");
        assertEquals(List.of(), accountNames(laptopB));

        sync(laptopB, shared, "correct horse battery staple");
        assertEquals(List.of("广州钢铁有限公司"), accountNames(laptopB));
    }

    @Test
    void placeholdersAndConflictedCopiesAreIgnoredUntilTheRealFileArrives() throws Exception {
        laptopA.store().write(tx -> tx.accounts().insert(Account.create("Acme", null)));
        sync(laptopA, shared, null);
        Path segment = files(shared).stream().filter(p -> p.getFileName().toString().startsWith("seg-"))
                .findFirst().orElseThrow();
        byte[] real = Files.readAllBytes(segment);
        Files.copy(segment, segment.resolveSibling(segment.getFileName() + " (conflicted copy 2026-11-23)"));
        Files.copy(segment, segment.resolveSibling("seg-1 (Ana's conflicted copy).fbseg"));
        Files.write(segment, new byte[0]); // the sync service has created the name but not the content yet

        FolderSyncReport early = sync(laptopB, shared, null);
        assertEquals(0, early.pulled());
        assertEquals(1, early.problems().size(), early.problems().toString());
        assertEquals(List.of(), accountNames(laptopB));

        Files.write(segment, real);
        FolderSyncReport later = sync(laptopB, shared, null);
        assertEquals(1, later.pulled());
        assertEquals(List.of(), later.problems());
        assertEquals(List.of("Acme"), accountNames(laptopB));
    }

    @Test
    void anUnreachableFolderIsReportedAndNothingChanges() {
        Path gone = temp.resolve("network-drive-not-mounted");
        var transport = new FolderTransport(gone, null);
        assertFalse(transport.reachable());
        assertThrows(java.io.IOException.class, () -> transport.exchange(new SyncEngine(laptopA.store()), "a"));
        assertFalse(Files.exists(gone));
    }

    @Test
    void aChangeFromACopiedDeviceIdIsRefusedAndReported() throws Exception {
        Store a = laptopA.store();
        a.write(tx -> tx.accounts().insert(Account.create("Real", null)));
        sync(laptopA, shared, null);
        sync(laptopB, shared, null);
        String idOfA = new SyncEngine(a).deviceId().toString();
        try (Database copy = Database.open(temp.resolve("copied-data-folder"))) {
            copy.store().write(tx -> tx.accounts().insert(Account.create("Forged", null)));
            SyncEngine copyEngine = new SyncEngine(copy.store());
            String claimsToBeA = copyEngine.outbox(0, 1).get(0).replace(copyEngine.deviceId().toString(), idOfA);

            var report = new SyncEngine(laptopB.store()).receive(List.of(claimsToBeA));

            assertEquals(0, report.applied());
            assertEquals(1, report.problems().size());
            assertTrue(report.problems().get(0).contains("copied"));
        }
        assertEquals(List.of("Real"), accountNames(laptopB));
    }

    private static List<Path> files(Path root) throws java.io.IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
