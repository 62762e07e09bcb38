package org.fieldbook.sync.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.fieldbook.domain.Account;
import org.fieldbook.store.Database;
import org.fieldbook.store.change.ChangeRecord;
import org.fieldbook.sync.SyncEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real processes on one team folder: at the same time, and killed with SIGKILL at random moments. */
class FolderSyncProcessesTest {
    @TempDir
    Path temp;

    private Process worker(Path data, Path folder, int rounds, String label) throws Exception {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), FolderSyncWorker.class.getName(),
                data.toString(), folder.toString(), Integer.toString(rounds), label)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    @Test
    void threeProcessesSyncingWithOneFolderAtOnceConverge() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("team"));
        createTeam(folder);
        List<Process> processes = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            processes.add(worker(temp.resolve("p" + p), folder, 12, "process " + p));
        }
        for (Process process : processes) {
            assertTrue(process.waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, process.exitValue());
        }

        List<Set<String>> names = settle(folder, 3);
        assertEquals(3 * 12 * 3, names.get(0).size());
        assertEquals(names.get(0), names.get(1));
        assertEquals(names.get(0), names.get(2));
    }

    @Test
    void processesKilledWhileWritingPublishingOrApplyingLoseNothing() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("team"));
        createTeam(folder);
        Random random = new Random(42);
        Set<UUID> committed = new HashSet<>();
        for (int round = 0; round < 4; round++) {
            Process writer = worker(temp.resolve("p0"), folder, 0, "writer");
            Process reader = worker(temp.resolve("p1"), folder, 0, "reader");
            Thread.sleep(1_500 + random.nextInt(1_500));
            committed.addAll(killAndCollect(writer));
            committed.addAll(killAndCollect(reader));
        }

        for (int p = 0; p < 2; p++) {
            try (Database database = Database.open(temp.resolve("p" + p))) {
                List<ChangeRecord> outbox = database.store().read(tx -> tx.changeLog().outboxAfter(0,
                        Integer.MAX_VALUE));
                for (int i = 0; i < outbox.size(); i++) {
                    assertEquals(i + 1, outbox.get(i).deviceSeq(), "no gap in the outbox of process " + p);
                }
            }
        }
        List<Set<String>> ids = settleIds(folder, 2);
        assertEquals(ids.get(0), ids.get(1));
        Set<String> committedText = new HashSet<>();
        committed.forEach(id -> committedText.add(id.toString()));
        assertTrue(ids.get(0).containsAll(committedText), "every committed account reached both");
    }

    private static List<UUID> killAndCollect(Process process) throws Exception {
        List<UUID> ids = new ArrayList<>();
        new ProcessBuilder("kill", "-KILL", Long.toString(process.pid())).start().waitFor();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.length() == 36) {
                    ids.add(UUID.fromString(line));
                }
            }
        }
        return ids;
    }

    /** The first laptop creates the team folder before the others start. */
    private void createTeam(Path folder) throws Exception {
        try (Database first = Database.open(temp.resolve("p0"))) {
            new FolderTransport(folder, null).exchange(new SyncEngine(first.store()), "setup");
        }
    }

    /** Two more exchanges for every data folder, then each one's account names. */
    private List<Set<String>> settle(Path folder, int count) throws Exception {
        return exchangeAll(folder, count, Account::name);
    }

    private List<Set<String>> settleIds(Path folder, int count) throws Exception {
        return exchangeAll(folder, count, account -> account.id().toString());
    }

    private List<Set<String>> exchangeAll(Path folder, int count, java.util.function.Function<Account, String> key)
            throws Exception {
        List<Database> databases = new ArrayList<>();
        try {
            for (int p = 0; p < count; p++) {
                databases.add(Database.open(temp.resolve("p" + p)));
            }
            for (int round = 0; round < 2; round++) {
                for (Database database : databases) {
                    new FolderTransport(folder, null).exchange(new SyncEngine(database.store()), "settle");
                }
            }
            List<Set<String>> result = new ArrayList<>();
            for (Database database : databases) {
                Set<String> keys = new HashSet<>();
                database.store().read(tx -> tx.accounts().all()).forEach(a -> keys.add(key.apply(a)));
                result.add(keys);
            }
            return result;
        } finally {
            databases.forEach(Database::close);
        }
    }
}
