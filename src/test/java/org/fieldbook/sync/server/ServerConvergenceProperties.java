package org.fieldbook.sync.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.fieldbook.sync.ReplicaSet;
import org.fieldbook.sync.ReplicaSet.Kind;
import org.fieldbook.sync.ReplicaSet.Op;

/**
 * The folder sync's convergence property run through the server: four devices (two logins) edit offline and
 * exchange with the server at random moments, pulling in small batches; after every device has exchanged twice,
 * every replica holds the same rows, frontiers and change log, nothing waits and no edit is lost.
 * Fewer tries than the folder property (40 of up to 30 operations), since each exchange is a real round trip.
 */
class ServerConvergenceProperties {
    private static final int DEVICES = 4;
    private static final int PULL_BATCH = 7;
    private static Path root;
    private static ReplicaSet team;
    private static TestPostgres.Server server;
    private static final List<Connection> connections = new ArrayList<>();
    private static final List<ServerAccount> accounts = new ArrayList<>();

    @BeforeContainer
    static void openDevices() throws IOException, SQLException {
        root = Files.createTempDirectory("fieldbook-server-convergence");
        team = new ReplicaSet(root, Collections.nCopies(DEVICES, Clock.systemUTC()));
        server = TestPostgres.newServer();
        server.createTeam("Convergence");
        ServerAccount first = server.addUser("Convergence", "conv");
        ServerAccount second = server.addUser("Convergence", "conv");
        for (int d = 0; d < DEVICES; d++) {
            accounts.add(d % 2 == 0 ? first : second);
            connections.add(accounts.get(d).connect());
        }
    }

    @AfterContainer
    static void closeDevices() throws IOException, SQLException {
        for (Connection connection : connections) {
            connection.close();
        }
        team.close();
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

    @Property(tries = 40)
    void everyReplicaConvergesThroughTheServer(@ForAll("scenarios") List<Op> scenario) throws Exception {
        server.execute("TRUNCATE fieldbook.change, fieldbook.snapshot_chunk, fieldbook.snapshot, fieldbook.device",
                "UPDATE fieldbook.team SET last_seq = 0");
        team.reset(true);
        for (Op op : scenario) {
            if (op.kind() == Kind.PARTIAL_SYNC) {
                exchange(op.device() % DEVICES);
            } else {
                team.run(op);
            }
        }
        for (int round = 0; round < 2; round++) {
            for (int d = 0; d < DEVICES; d++) {
                exchange(d);
            }
        }

        assertNull(team.firstDifference());
        for (int d = 0; d < DEVICES; d++) {
            assertEquals(0, (int) team.store(d).read(tx -> tx.sync().inboxSize()), "nothing waits on " + d);
            assertEquals(List.of(), team.lostChanges(d), "no edit lost on device " + d);
        }
        assertEquals(server.count("SELECT count(*) FROM fieldbook.change"),
                server.count("SELECT count(DISTINCT change_id) FROM fieldbook.change"), "no change twice");
    }

    private static void exchange(int device) throws Exception {
        new ServerTransport(accounts.get(device), PULL_BATCH, Long.MAX_VALUE).exchange(connections.get(device), team.store(device),
                team.engine(device), "device " + device);
    }
}
