package org.fieldbook.sync.folder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.fieldbook.store.Database;
import org.fieldbook.store.SnapshotDatabase;
import org.fieldbook.sync.SnapshotCut;
import org.fieldbook.sync.SyncEngine;

/**
 * Snapshots in the team folder: a new device joins from the one that covers most changes; each device writes a
 * new one of its own from time to time, and removes its own segments once every device has acknowledged them and
 * its newest snapshot holds them, so the folder does not grow without bound.
 */
final class Snapshots {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Snapshots() {
    }

    static void joinFromBest(Path root, SyncEngine engine, TeamFile team, UUID me, List<String> problems)
            throws IOException {
        List<Path> candidates = new ArrayList<>();
        try (Stream<Path> devices = Files.list(root.resolve("devices"))) {
            for (Path device : devices.filter(Files::isDirectory).toList()) {
                own(device).ifPresent(candidates::add);
            }
        }
        candidates.sort(Comparator.comparingLong(Snapshots::coverage).reversed());
        for (Path file : candidates) {
            try {
                SnapshotFile.Contents snapshot = SnapshotFile.read(file, team.teamId(), team.key());
                if (snapshot.cut().cursors().containsKey(me)) {
                    continue; // a snapshot that already holds this device's changes is not a place to start afresh
                }
                if (restoredDatabase(file, engine, team, snapshot, problems)) {
                    return;
                }
                try (InputStream state = snapshot.state()) {
                    engine.join(snapshot.cut(), state);
                }
                return;
            } catch (UncheckedIOException e) {
                problems.add(root.relativize(file) + " is not readable yet (" + e.getCause().getMessage() + ")");
            } catch (SegmentFormatException | IOException e) {
                problems.add(root.relativize(file) + " is not readable yet (" + e.getMessage() + ")");
            }
        }
    }

    /**
     * Joins from the database file beside a JSON snapshot, of the same cut, when there is one this version can
     * restore: same H2, a schema no newer than this one's (an older one is migrated). Otherwise the caller
     * replays the JSON snapshot, which every version reads.
     */
    private static boolean restoredDatabase(Path json, SyncEngine engine, TeamFile team,
                                            SnapshotFile.Contents snapshot, List<String> problems) {
        Path file = databaseBeside(json);
        if (!engine.joinsFromDatabases() || !Files.exists(file)) {
            return false;
        }
        try {
            DatabaseSnapshotFile.Contents database = DatabaseSnapshotFile.read(file, team.teamId(), team.key());
            if (database.schemaVersion() > Database.SCHEMA_VERSION) {
                problems.add(json.getFileName() + " was written by a newer Fieldbook (schema "
                        + database.schemaVersion() + "): update Fieldbook to join faster; joined from its rows");
                return false;
            }
            if (!database.h2Version().equals(SnapshotDatabase.h2Version())
                    || !database.cut().equals(snapshot.cut())) {
                return false;
            }
            try (InputStream plainFile = database.database()) {
                engine.joinFromDatabase(database.cut(), plainFile);
            }
            return true;
        } catch (org.fieldbook.store.StoreException e) {
            // the restore left the database as it was (decision 0016): replay the JSON twin instead
            problems.add(file.getFileName() + " could not be restored (" + e.getMessage() + "); joined from its rows");
            return false;
        } catch (SegmentFormatException | IOException e) {
            problems.add(file.getFileName() + " is not readable yet (" + e.getMessage() + "); joined from its rows");
            return false;
        }
    }

    static Path databaseBeside(Path json) {
        return json.resolveSibling(json.getFileName().toString().replace(".fbsnap", ".fbdb"));
    }

    /**
     * Writes a snapshot of this replica when it holds enough changes more than any snapshot in the folder, so a
     * device that has just joined from one does not write the same state again.
     */
    static void writeWhenDue(SyncEngine engine, TeamFile team, Path root, Path mine, UUID me, long every)
            throws IOException {
        Optional<Path> last = own(mine);
        long lastCoverage = 0;
        try (Stream<Path> devices = Files.list(root.resolve("devices"))) {
            for (Path device : devices.filter(Files::isDirectory).toList()) {
                lastCoverage = Math.max(lastCoverage, own(device).map(Snapshots::coverage).orElse(0L));
            }
        }
        long coverage = engine.coverage();
        if (coverage - lastCoverage < every) {
            return;
        }
        // written as streams into temporary files: a 100,000-deal snapshot does not fit in the app's memory
        Path json = FolderFiles.tempFor(mine, "snap-new.fbsnap");
        SnapshotCut cut = FolderFiles.writeTemp(json,
                out -> SnapshotFile.write(out, team.teamId(), me, team.key(), engine::snapshot));
        Path target = mine.resolve(String.format("snap-%020d.fbsnap", cut.coverage()));
        if (Files.exists(target)) {
            Files.deleteIfExists(json);
            return;
        }
        Path database = FolderFiles.tempFor(mine, "snap-new.fbdb");
        try {
            FolderFiles.writeTemp(database, out -> DatabaseSnapshotFile.write(out, team.teamId(), me, team.key(),
                    Database.SCHEMA_VERSION, SnapshotDatabase.h2Version(), engine::snapshotDatabase));
            // the database file first: a reader that finds the JSON snapshot finds its twin beside it
            FolderFiles.publishNew(database, databaseBeside(target));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(json);
            throw e;
        }
        FolderFiles.publishNew(json, target);
        if (last.isPresent() && !last.get().equals(target)) {
            Files.deleteIfExists(last.get());
            Files.deleteIfExists(databaseBeside(last.get()));
        }
    }

    /**
     * Removes this device's segments that every other device has acknowledged and its newest snapshot holds.
     * Only the writer removes its own files; a device without an ack file yet holds everything back, and so
     * does a device alone in its team.
     */
    static void compact(Path root, Path mine, UUID me) throws IOException {
        Optional<Path> snapshot = own(mine);
        if (snapshot.isEmpty()) {
            return;
        }
        long acknowledged = SnapshotFile.cutOf(snapshot.get()).cursors().getOrDefault(me, 0L);
        int others = 0;
        try (Stream<Path> devices = Files.list(root.resolve("devices"))) {
            for (Path device : devices.filter(Files::isDirectory).toList()) {
                String id = device.getFileName().toString();
                if (id.equals(me.toString())) {
                    continue;
                }
                Path ack = root.resolve("acks").resolve(id + ".json");
                if (!Files.exists(ack)) {
                    return;
                }
                JsonNode applied = JSON.readTree(Files.readAllBytes(ack)).path("applied").path(me.toString());
                acknowledged = Math.min(acknowledged, applied.asLong(0));
                others++;
            }
        }
        if (others == 0) {
            return; // alone in the team: the segments are the only second copy of the snapshot
        }
        long upTo = acknowledged;
        try (Stream<Path> files = Files.list(mine)) {
            for (Path segment : files.toList()) {
                Matcher name = FolderTransport.SEGMENT_NAME.matcher(segment.getFileName().toString());
                if (name.matches() && Long.parseLong(name.group(2)) <= upTo) {
                    Files.deleteIfExists(segment);
                }
            }
        }
    }

    /** A device's newest snapshot file. */
    private static Optional<Path> own(Path deviceFolder) throws IOException {
        if (!Files.isDirectory(deviceFolder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(deviceFolder)) {
            return files.filter(f -> FolderTransport.SNAPSHOT_NAME.matcher(f.getFileName().toString()).matches())
                    .max(Comparator.comparingLong(Snapshots::coverage));
        }
    }

    private static long coverage(Path snapshot) {
        Matcher name = FolderTransport.SNAPSHOT_NAME.matcher(snapshot.getFileName().toString());
        return name.matches() ? Long.parseLong(name.group(1)) : 0;
    }
}
