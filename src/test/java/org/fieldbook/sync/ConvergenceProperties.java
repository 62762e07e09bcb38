package org.fieldbook.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.fieldbook.sync.ReplicaSet.Kind;
import org.fieldbook.sync.ReplicaSet.Op;

/**
 * Random offline edits on four devices, random partial and duplicated deliveries in random order, then two
 * full exchanges: every replica must hold the same rows, the same frontiers (so the same conflicts) and every
 * change, with nothing waiting and no edit gone without a later change having seen it.
 */
class ConvergenceProperties {
    private static final int DEVICES = 4;
    private static Path root;
    private static ReplicaSet team;
    private static ReplicaSet skewedTeam;

    @BeforeContainer
    static void openDevices() throws IOException {
        root = Files.createTempDirectory("fieldbook-convergence");
        Clock now = Clock.systemUTC();
        team = new ReplicaSet(root.resolve("team"), Collections.nCopies(DEVICES, now));
        skewedTeam = new ReplicaSet(root.resolve("skewed"), List.of(now, Clock.offset(now, Duration.ofHours(1)),
                Clock.offset(now, Duration.ofHours(-1)), Clock.offset(now, Duration.ofHours(24))));
    }

    @AfterContainer
    static void closeDevices() throws IOException {
        team.close();
        skewedTeam.close();
        try (var files = Files.walk(root)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<List<Op>> scenarios() {
        Arbitrary<Op> op = Combinators.combine(Arbitraries.integers().between(0, DEVICES - 1),
                Arbitraries.of(Kind.values()), Arbitraries.integers(), Arbitraries.integers(),
                Arbitraries.integers()).as(Op::new);
        return op.list().ofMinSize(4).ofMaxSize(30);
    }

    @Property(tries = 1000)
    void everyReplicaConvergesAndNoEditIsLost(@ForAll("scenarios") List<Op> scenario) {
        assertConverges(team, scenario);
    }

    @Property(tries = 150)
    void clocksAnHourOrADayOffStillConverge(@ForAll("scenarios") List<Op> scenario) {
        assertConverges(skewedTeam, scenario);
    }

    @Example
    void aDeviceWhoseClockIsADayAheadIsReported() {
        skewedTeam.reset(true);
        skewedTeam.run(new Op(3, Kind.CREATE_ACCOUNT, 1, 0, 0));
        ReceiveReport report = skewedTeam.engine(0).receive(skewedTeam.engine(3).outbox(0, 100));

        assertEquals(1, report.applied());
        assertEquals(1, report.clockWarnings().size());
        assertTrue(report.clockWarnings().get(0).millisAhead() > Duration.ofHours(23).toMillis());
    }

    /** The negative control: without causal order the same property fails, so the property can fail. */
    @Example
    void withoutCausalOrderReplicasDivergeOrLoseEdits() {
        Random random = new Random(20261123);
        int failures = 0;
        for (int run = 0; run < 60 && failures == 0; run++) {
            List<Op> scenario = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                scenario.add(new Op(random.nextInt(DEVICES), Kind.values()[random.nextInt(Kind.values().length)],
                        random.nextInt(), random.nextInt(), random.nextInt()));
            }
            team.reset(false);
            try {
                scenario.forEach(team::run);
                team.syncAll();
                team.syncAll();
                if (team.firstDifference() != null || !team.lostChanges(0).isEmpty()) {
                    failures++;
                }
            } catch (RuntimeException brokenByOrder) {
                failures++; // a change applied before the row it refers to
            }
        }
        assertTrue(failures > 0, "applying changes out of causal order must break convergence in some runs");
    }

    private static void assertConverges(ReplicaSet replicas, List<Op> scenario) {
        replicas.reset(true);
        scenario.forEach(replicas::run);
        replicas.syncAll();
        replicas.syncAll();

        assertNull(replicas.firstDifference());
        for (int d = 0; d < replicas.size(); d++) {
            int device = d;
            assertEquals(0, (int) replicas.store(d).read(tx -> tx.sync().inboxSize()), "nothing waits on " + d);
            assertEquals(List.of(), replicas.lostChanges(device), "no edit lost on device " + d);
        }
    }
}
