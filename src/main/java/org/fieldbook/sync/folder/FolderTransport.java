package org.fieldbook.sync.folder;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fieldbook.sync.ReceiveReport;
import org.fieldbook.sync.SyncEngine;

/**
 * Sync through a shared folder (network share, Dropbox, OneDrive, Syncthing). Layout under the folder:
 * <pre>
 * Fieldbook/v1/team.json
 * Fieldbook/v1/devices/&lt;deviceId&gt;/device.json
 * Fieldbook/v1/devices/&lt;deviceId&gt;/seg-&lt;firstSeq&gt;-&lt;lastSeq&gt;.fbseg
 * Fieldbook/v1/acks/&lt;deviceId&gt;.json
 * </pre>
 * A device writes only under its own folder and its ack file. Segments are immutable and never renamed,
 * overwritten or deleted by a reader; a file that does not check is "not yet arrived" and is read again next
 * time; names that are not exactly a segment's (temporary files, "conflicted copy" files) are ignored; a file
 * that is missing is never taken to mean anything was deleted. No lock files.
 */
public final class FolderTransport {
    static final Pattern SEGMENT_NAME = Pattern.compile("seg-(\\d{20})-(\\d{20})\\.fbseg");
    static final Pattern SNAPSHOT_NAME = Pattern.compile("snap-(\\d{20})\\.fbsnap");
    static final int RECORDS_PER_SEGMENT = 5_000;
    /** A device writes a new snapshot once its replica holds this many changes more than its last one. */
    public static final long SNAPSHOT_EVERY = 20_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;
    private final char[] passphrase;
    private final long snapshotEvery;

    public FolderTransport(Path sharedFolder, char[] passphrase) {
        this(sharedFolder, passphrase, SNAPSHOT_EVERY);
    }

    public FolderTransport(Path sharedFolder, char[] passphrase, long snapshotEvery) {
        this.root = sharedFolder.resolve("Fieldbook").resolve("v1");
        this.passphrase = passphrase == null ? null : passphrase.clone();
        this.snapshotEvery = snapshotEvery;
    }

    /** Whether the shared folder can be reached now (a network drive may be gone, a laptop offline). */
    public boolean reachable() {
        Path shared = root.getParent().getParent();
        return Files.isDirectory(shared) && Files.isWritable(shared);
    }

    /** Publishes this device's new changes, then reads and applies every other device's segments. */
    public FolderSyncReport exchange(SyncEngine engine, String deviceName)
            throws IOException, WrongPassphraseException {
        if (!reachable()) {
            throw new IOException("the team folder " + root.getParent().getParent() + " is not reachable");
        }
        Files.createDirectories(root.resolve("devices"));
        TeamFile team = TeamFile.openOrCreate(root, passphrase);
        UUID me = engine.deviceId();
        Path mine = root.resolve("devices").resolve(me.toString());
        writeDeviceFile(mine, me, deviceName);

        List<String> problems = new ArrayList<>();
        boolean fresh = engine.isFresh();
        if (fresh) {
            Snapshots.joinFromBest(root, engine, team, me, problems);
        }
        long[] pushed = push(engine, team, mine, me);
        List<ReceiveReport.ClockWarning> warnings = new ArrayList<>();
        int pulled = pull(engine, team, me, problems, warnings);
        writeAck(engine, me);
        Snapshots.writeWhenDue(engine, team, root, mine, me, snapshotEvery);
        Snapshots.compact(root, mine, me);
        engine.compactAfterBulk(pulled, fresh && !engine.isFresh());
        return new FolderSyncReport((int) pushed[0], (int) pushed[1], pushed[2], pulled, engine.waitingCount(),
                engine.conflictCount(), problems, warnings);
    }

    /** Returns records pushed, segments written and the last sequence number now published. */
    private long[] push(SyncEngine engine, TeamFile team, Path mine, UUID me) throws IOException {
        removeOwnUnpublishedTemps(mine);
        long published = publishedUpTo(mine);
        int records = 0;
        int segments = 0;
        while (true) {
            List<String> batch = engine.outbox(published, RECORDS_PER_SEGMENT);
            if (batch.isEmpty()) {
                return new long[] {records, segments, published};
            }
            long first = published + 1;
            long last = published + batch.size();
            Segment segment = new Segment(team.teamId(), me, first, last, batch);
            FolderFiles.publishNew(mine.resolve(segmentName(first, last)), segment.write(team.key()));
            published = last;
            records += batch.size();
            segments++;
        }
    }

    /** Temporary files this device left when it was stopped while publishing: never seen by anyone, safe to drop. */
    private static void removeOwnUnpublishedTemps(Path mine) throws IOException {
        if (!Files.isDirectory(mine)) {
            return;
        }
        try (Stream<Path> files = Files.list(mine)) {
            List<Path> temps = files.filter(f -> f.getFileName().toString().matches("\\.(seg|snap)-.*\\.tmp-.*"))
                    .toList();
            for (Path temp : temps) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** The last sequence number this device has published: the highest in its own segments' names. */
    private static long publishedUpTo(Path mine) throws IOException {
        if (!Files.isDirectory(mine)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(mine)) {
            return files.map(f -> SEGMENT_NAME.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToLong(m -> Long.parseLong(m.group(2)))
                    .max().orElse(0);
        }
    }

    private int pull(SyncEngine engine, TeamFile team, UUID me, List<String> problems,
                     List<ReceiveReport.ClockWarning> warnings) throws IOException {
        Map<UUID, Long> applied = engine.appliedSeqs();
        int pulled = 0;
        List<Path> devices;
        try (Stream<Path> list = Files.list(root.resolve("devices"))) {
            devices = list.filter(Files::isDirectory).sorted().toList();
        }
        for (Path deviceFolder : devices) {
            Optional<UUID> device = parseUuid(deviceFolder.getFileName().toString());
            if (device.isEmpty() || device.get().equals(me)) {
                continue;
            }
            long done = applied.getOrDefault(device.get(), 0L);
            for (Path file : segmentsAfter(deviceFolder, done)) {
                try {
                    Segment segment = Segment.read(Files.readAllBytes(file), team.teamId(), team.key());
                    if (!segment.deviceId().equals(device.get())) {
                        problems.add(file.getFileName() + " in the folder of " + device.get()
                                + " was written by another device; ignored");
                        continue;
                    }
                    ReceiveReport report = engine.receive(segment.records());
                    pulled += report.applied();
                    problems.addAll(report.problems());
                    warnings.addAll(report.clockWarnings());
                } catch (SegmentFormatException | IOException e) {
                    problems.add(root.relativize(file) + " is not readable yet (" + e.getMessage()
                            + "); it will be read again next time");
                }
            }
            deviceName(deviceFolder).ifPresent(name -> engine.nameDevice(device.get(), name));
        }
        return pulled;
    }

    /** Segment files of a device holding changes after {@code done}, in sequence order. */
    private static List<Path> segmentsAfter(Path deviceFolder, long done) throws IOException {
        try (Stream<Path> files = Files.list(deviceFolder)) {
            return files.filter(f -> {
                Matcher name = SEGMENT_NAME.matcher(f.getFileName().toString());
                return name.matches() && Long.parseLong(name.group(2)) > done;
            }).sorted().toList();
        }
    }

    private static void writeDeviceFile(Path mine, UUID me, String deviceName) throws IOException {
        Path file = mine.resolve("device.json");
        if (!Files.exists(file)) {
            ObjectNode device = JSON.createObjectNode();
            device.put("deviceId", me.toString());
            device.put("name", deviceName);
            device.put("joinedAt", Instant.now().toString());
            FolderFiles.replaceOwn(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(device));
        }
    }

    /** Tells the team what this device has applied: the basis for compacting segments and purging tombstones. */
    private void writeAck(SyncEngine engine, UUID me) throws IOException {
        ObjectNode ack = JSON.createObjectNode();
        ack.put("deviceId", me.toString());
        ack.put("at", Instant.now().toString());
        ObjectNode applied = ack.putObject("applied");
        engine.appliedSeqs().forEach((device, seq) -> applied.put(device.toString(), seq));
        FolderFiles.replaceOwn(root.resolve("acks").resolve(me + ".json"),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(ack));
    }

    private static Optional<String> deviceName(Path deviceFolder) {
        try {
            return Optional.of(JSON.readTree(Files.readAllBytes(deviceFolder.resolve("device.json"))).path("name"))
                    .filter(node -> node.isTextual() && !node.asText().isBlank()).map(node -> node.asText());
        } catch (IOException e) {
            return Optional.empty(); // not arrived yet: the id stands in for the name meanwhile
        }
    }

    static String segmentName(long first, long last) {
        return String.format("seg-%020d-%020d.fbseg", first, last);
    }

    private static Optional<UUID> parseUuid(String text) {
        try {
            UUID id = UUID.fromString(text);
            return id.toString().equals(text) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
