package org.fieldbook.sync.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.fieldbook.sync.ReplicaSet;
import org.fieldbook.sync.ReplicaSet.Kind;
import org.fieldbook.sync.ReplicaSet.Op;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each laptop syncs with its own copy of the team folder, and a simulated file-sync service copies files between
 * the copies the way real ones do: late, out of order, half-written first, as zero-byte placeholders, and with
 * "conflicted copy" duplicates. The team still converges with nothing lost.
 */
class SloppyFileSyncTest {
    private static final int LAPTOPS = 3;

    @TempDir
    Path temp;

    @Test
    void aTeamConvergesThroughASloppyFileSyncService() throws Exception {
        try (ReplicaSet team = new ReplicaSet(temp.resolve("laptops"), Collections.nCopies(LAPTOPS,
                Clock.systemUTC()))) {
            for (int seed = 1; seed <= 6; seed++) {
                Random random = new Random(seed);
                team.reset(true);
                Path[] copies = new Path[LAPTOPS];
                for (int i = 0; i < LAPTOPS; i++) {
                    copies[i] = Files.createDirectories(temp.resolve("run-" + seed).resolve("copy-" + i));
                }
                exchange(team, 0, copies[0]); // the team's first laptop creates the team folder
                copyEverything(team, copies);

                for (int round = 0; round < 25; round++) {
                    int laptop = random.nextInt(LAPTOPS);
                    for (int edit = 0; edit < 1 + random.nextInt(4); edit++) {
                        team.run(new Op(laptop, Kind.values()[random.nextInt(Kind.values().length - 1)],
                                random.nextInt(), random.nextInt(), random.nextInt()));
                    }
                    exchange(team, laptop, copies[laptop]);
                    sloppyCopy(team, copies, random);
                }
                for (int settle = 0; settle < 2; settle++) {
                    for (int laptop = 0; laptop < LAPTOPS; laptop++) {
                        exchange(team, laptop, copies[laptop]);
                    }
                    copyEverything(team, copies);
                    for (int laptop = 0; laptop < LAPTOPS; laptop++) {
                        exchange(team, laptop, copies[laptop]);
                    }
                }

                assertNull(team.firstDifference(), "seed " + seed);
                for (int laptop = 0; laptop < LAPTOPS; laptop++) {
                    assertEquals(List.of(), team.lostChanges(laptop), "seed " + seed);
                    assertEquals(0, team.engine(laptop).waitingCount(), "seed " + seed);
                }
            }
        }
    }

    private static void exchange(ReplicaSet team, int laptop, Path copy) throws Exception {
        new FolderTransport(copy, null).exchange(team.engine(laptop), "laptop " + laptop);
    }

    /** One pass of a misbehaving sync service: each laptop's own files travel to the other copies. */
    private static void sloppyCopy(ReplicaSet team, Path[] copies, Random random) throws IOException {
        for (int owner = 0; owner < copies.length; owner++) {
            for (Path file : ownFiles(team, copies, owner)) {
                byte[] content = Files.readAllBytes(file);
                for (int to = 0; to < copies.length; to++) {
                    Path target = copies[to].resolve(copies[owner].relativize(file));
                    if (to == owner || Files.exists(target) && Arrays.equals(Files.readAllBytes(target), content)) {
                        continue;
                    }
                    Files.createDirectories(target.getParent());
                    switch (random.nextInt(6)) {
                        case 0 -> { } // not yet
                        case 1 -> Files.write(target, new byte[0]); // a placeholder
                        case 2 -> Files.write(target, Arrays.copyOf(content, random.nextInt(content.length + 1)));
                        case 3 -> {
                            Files.write(target, content);
                            Files.write(target.resolveSibling(target.getFileName() + " (conflicted copy)"), content);
                        }
                        default -> Files.write(target, content);
                    }
                }
            }
        }
    }

    /** The service catches up: every laptop's own files, complete, in every copy. */
    private static void copyEverything(ReplicaSet team, Path[] copies) throws IOException {
        for (int owner = 0; owner < copies.length; owner++) {
            for (Path file : ownFiles(team, copies, owner)) {
                for (int to = 0; to < copies.length; to++) {
                    if (to != owner) {
                        Path target = copies[to].resolve(copies[owner].relativize(file));
                        Files.createDirectories(target.getParent());
                        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    /** What a laptop writes itself: its device folder and its ack file (and the team file, for the first). */
    private static List<Path> ownFiles(ReplicaSet team, Path[] copies, int owner) throws IOException {
        Path root = copies[owner].resolve("Fieldbook/v1");
        String id = team.engine(owner).deviceId().toString();
        List<Path> files = new ArrayList<>();
        Path device = root.resolve("devices").resolve(id);
        if (Files.isDirectory(device)) {
            try (Stream<Path> list = Files.list(device)) {
                list.filter(f -> !f.getFileName().toString().startsWith(".")).forEach(files::add);
            }
        }
        Path ack = root.resolve("acks").resolve(id + ".json");
        if (Files.exists(ack)) {
            files.add(ack);
        }
        if (owner == 0 && Files.exists(root.resolve("team.json"))) {
            files.add(root.resolve("team.json"));
        }
        return files;
    }
}
