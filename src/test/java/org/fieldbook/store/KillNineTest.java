package org.fieldbook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.fieldbook.store.change.ChangeRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed with SIGKILL in the middle of writing leaves a database with every committed record. */
class KillNineTest {
    @TempDir
    Path folder;

    @Test
    void everyCommittedTransactionSurvivesAKillNineAndNoneIsHalfSaved() throws Exception {
        List<UUID> committed = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            committed.addAll(writeUntilKilled(40 + round * 25));
        }

        try (Database database = Database.open(folder)) {
            Store store = database.store();
            for (UUID id : committed) {
                assertTrue(store.read(tx -> tx.accounts().find(id)).isPresent(), "committed account " + id);
            }
            long accounts = store.read(tx -> tx.accounts().countLive());
            long contacts = store.read(tx -> tx.contacts().countLive());
            assertTrue(accounts >= committed.size());
            assertEquals(accounts * 5, contacts, "a transaction is saved whole or not at all");
            List<ChangeRecord> outbox = store.read(tx -> tx.changeLog().outboxAfter(0, Integer.MAX_VALUE));
            assertEquals(accounts * 6, outbox.size(), "each saved row has exactly its change record");
            for (int i = 0; i < outbox.size(); i++) {
                assertEquals(i + 1, outbox.get(i).deviceSeq(), "device sequence is gap-free after crashes");
            }
        }
    }

    /** SIGKILL: no shutdown hook, no flush. Sent with kill(1) so the pipe stays readable afterwards. */
    private static void killHard(Process process) throws Exception {
        if (System.getProperty("os.name").startsWith("Windows")) {
            process.destroyForcibly();
        } else {
            new ProcessBuilder("kill", "-KILL", Long.toString(process.pid())).inheritIO().start().waitFor();
        }
    }

    /** Starts a writer, waits for {@code commits} committed transactions, then kills it with SIGKILL. */
    private List<UUID> writeUntilKilled(int commits) throws Exception {
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KillNineWriter.class.getName(), folder.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<UUID> seen = new ArrayList<>();
        try (var lines = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("open", lines.readLine(), "writer opened the database");
            String line;
            while (seen.size() < commits && (line = lines.readLine()) != null) {
                seen.add(UUID.fromString(line));
            }
            killHard(writer);
            assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
            while ((line = lines.readLine()) != null) {
                seen.add(UUID.fromString(line)); // printed after commit, before the kill arrived
            }
        }
        assertEquals(commits, Math.min(commits, seen.size()), "writer made progress before the kill");
        return seen;
    }
}
