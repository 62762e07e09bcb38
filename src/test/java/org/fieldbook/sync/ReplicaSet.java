package org.fieldbook.sync;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.Activity;
import org.fieldbook.domain.ActivityType;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.domain.TimeOrderedId;
import org.fieldbook.service.OpportunityService;
import org.fieldbook.store.Database;
import org.fieldbook.store.Store;
import org.fieldbook.store.TestDatabases;
import org.fieldbook.store.change.ChangeRecord;

/**
 * A team of devices, each with its own database, for convergence tests. Operations are interpreted from plain
 * integers so that a failing scenario shrinks and replays exactly.
 */
public final class ReplicaSet implements AutoCloseable {
    static final String[] COMPARED_TABLES = {"account", "opportunity", "activity", "stage_change", "change_log",
        "field_version", "product", "product_price", "opportunity_line", "payment", "company_logo", "company_profile",
        "quote", "quote_line", "lead", "assignment_rule", "approval_rule", "approval_request", "deal_fact"};

    /** One step: who does it, what, and three numbers that pick rows and values. */
    public record Op(int device, Kind kind, int a, int b, int c) {
    }

    public enum Kind { CREATE_ACCOUNT, CREATE_OPPORTUNITY, RENAME_ACCOUNT, SET_AMOUNT, MOVE_STAGE, DELETE, RESTORE,
        ADD_ACTIVITY, PARTIAL_SYNC }

    private final List<Database> databases = new ArrayList<>();
    private final List<Clock> clocks = new ArrayList<>();
    private final List<Store> stores = new ArrayList<>();
    private final List<SyncEngine> engines = new ArrayList<>();
    private final List<Set<UUID>> deletedHere = new ArrayList<>();

    public ReplicaSet(Path root, List<Clock> clocks) throws IOException {
        for (int i = 0; i < clocks.size(); i++) {
            databases.add(Database.open(Files.createDirectories(root.resolve("device-" + i))));
            this.clocks.add(clocks.get(i));
        }
    }

    public int size() {
        return databases.size();
    }

    /** Empties every database and builds engines with or without causal order. */
    public void reset(boolean causalOrder) {
        stores.clear();
        engines.clear();
        deletedHere.clear();
        for (int i = 0; i < databases.size(); i++) {
            TestDatabases.reset(databases.get(i));
            Store store = databases.get(i).store(clocks.get(i));
            stores.add(store);
            engines.add(new SyncEngine(store, causalOrder));
            deletedHere.add(new HashSet<>());
        }
    }

    public SyncEngine engine(int device) {
        return engines.get(device);
    }

    public Store store(int device) {
        return stores.get(device);
    }

    public Database database(int device) {
        return databases.get(device);
    }

    public void run(Op op) {
        int d = op.device() % size();
        Store store = stores.get(d);
        switch (op.kind()) {
            case CREATE_ACCOUNT -> store.write(tx -> tx.accounts().insert(Account.create("Account " + op.a(), null)));
            case CREATE_OPPORTUNITY -> pick(accounts(d), op.a()).ifPresent(account -> {
                PipelineStage stage = stages(d).get(Math.floorMod(op.b(), 4));
                new OpportunityService(store).create(Opportunity.create(account.id(), stage, "Deal " + op.c(),
                        Money.of(Integer.toString(Math.floorMod(op.c(), 90_000)), "EUR"), LocalDate.of(2027, 1, 1),
                        null), null);
            });
            case RENAME_ACCOUNT -> pick(accounts(d), op.a()).ifPresent(account ->
                    store.write(tx -> tx.accounts().update(account.withName("Renamed " + op.b()))));
            case SET_AMOUNT -> pick(opportunities(d), op.a()).ifPresent(opportunity ->
                    store.write(tx -> tx.opportunities().update(opportunity.withAmount(
                            new Money(BigDecimal.valueOf(Math.floorMod(op.b(), 100_000), 2), "EUR")))));
            case MOVE_STAGE -> pick(opportunities(d), op.a()).ifPresent(opportunity ->
                    new OpportunityService(store).moveToStage(opportunity.id(),
                            stages(d).get(Math.floorMod(op.b(), 6)).id(), null));
            case DELETE -> {
                if (op.b() % 2 == 0) {
                    pick(accounts(d), op.a()).ifPresent(account -> {
                        store.writeVoid(tx -> tx.accounts().delete(account.id()));
                        deletedHere.get(d).add(account.id());
                    });
                } else {
                    pick(opportunities(d), op.a()).ifPresent(opportunity -> {
                        store.writeVoid(tx -> tx.opportunities().delete(opportunity.id()));
                        deletedHere.get(d).add(opportunity.id());
                    });
                }
            }
            case RESTORE -> restoreOne(d, op.a());
            case ADD_ACTIVITY -> pick(accounts(d), op.a()).ifPresent(account -> store.write(tx -> tx.activities()
                    .insert(new Activity(TimeOrderedId.next(), ActivityType.CALL, "Call " + op.b(), null, null, null,
                            null, null, account.id(), null, null, null))));
            case PARTIAL_SYNC -> partialSync(Math.floorMod(op.a(), size()), d, new Random(op.b()));
        }
    }

    private void restoreOne(int d, int pick) {
        Store store = stores.get(d);
        List<UUID> candidates = deletedHere.get(d).stream().sorted().toList();
        if (candidates.isEmpty()) {
            return;
        }
        UUID id = candidates.get(Math.floorMod(pick, candidates.size()));
        deletedHere.get(d).remove(id);
        store.writeVoid(tx -> {
            if (tx.accounts().findIncludingDeleted(id).isPresent()) {
                if (tx.accounts().find(id).isEmpty()) {
                    tx.accounts().restore(id);
                }
            } else if (tx.opportunities().findIncludingDeleted(id).isPresent() && tx.opportunities().find(id).isEmpty()) {
                tx.opportunities().restore(id);
            }
        });
    }

    /** Device {@code to} receives a random part of device {@code from}'s changes, shuffled, some twice. */
    public void partialSync(int from, int to, Random random) {
        if (from == to) {
            return;
        }
        List<String> outbox = new ArrayList<>(engines.get(from).outbox(0, Integer.MAX_VALUE));
        java.util.Collections.shuffle(outbox, random);
        List<String> delivered = new ArrayList<>(outbox.subList(0, random.nextInt(outbox.size() + 1)));
        if (!delivered.isEmpty() && random.nextBoolean()) {
            delivered.add(delivered.get(random.nextInt(delivered.size())));
        }
        engines.get(to).receive(delivered);
    }

    /** Every device receives every other device's whole outbox. */
    public void syncAll() {
        for (int to = 0; to < size(); to++) {
            for (int from = 0; from < size(); from++) {
                if (from != to) {
                    engines.get(to).receive(engines.get(from).outbox(0, Integer.MAX_VALUE));
                }
            }
        }
    }

    /** A description of the first difference between replicas, or null when they hold the same data. */
    public String firstDifference() {
        for (int d = 0; d < size(); d++) {
            int stale = TestDatabases.staleDealFacts(databases.get(d));
            if (stale > 0) {
                return stale + " deal facts on device " + d + " differ from what its deals and history say";
            }
        }
        for (String table : COMPARED_TABLES) {
            List<String> reference = TestDatabases.dump(databases.get(0), table, "updated_at");
            for (int d = 1; d < size(); d++) {
                List<String> other = TestDatabases.dump(databases.get(d), table, "updated_at");
                if (!reference.equals(other)) {
                    List<String> onlyFirst = new ArrayList<>(reference);
                    onlyFirst.removeAll(other);
                    List<String> onlyOther = new ArrayList<>(other);
                    onlyOther.removeAll(reference);
                    return table + " differs between device 0 and " + d + ": only on 0 " + onlyFirst + ", only on "
                            + d + " " + onlyOther;
                }
            }
        }
        return null;
    }

    /** Changes that left every frontier without any change naming them as a base: silently lost edits. */
    public List<ChangeRecord> lostChanges(int device) {
        Store store = stores.get(device);
        List<ChangeRecord> all = store.read(tx -> tx.changeLog().all());
        Set<UUID> superseded = new HashSet<>();
        all.forEach(change -> change.bases().forEach(base -> superseded.add(base.changeId())));
        Set<UUID> current = new HashSet<>(store.read(tx -> tx.changeLog().frontierChangeIds()));
        return all.stream()
                .filter(change -> change.op() != org.fieldbook.store.change.ChangeOp.CREATE)
                .filter(change -> !current.contains(change.changeId()) && !superseded.contains(change.changeId()))
                .toList();
    }

    private List<Account> accounts(int d) {
        return stores.get(d).read(tx -> tx.accounts().all()).stream()
                .sorted(Comparator.comparing(Account::id)).toList();
    }

    private List<Opportunity> opportunities(int d) {
        return stores.get(d).read(tx -> tx.opportunities().all()).stream()
                .sorted(Comparator.comparing(Opportunity::id)).toList();
    }

    private List<PipelineStage> stages(int d) {
        return stores.get(d).read(tx -> tx.stages().ofPipeline(tx.pipelines().inOrder().get(0).id()));
    }

    private static <T> java.util.Optional<T> pick(List<T> items, int index) {
        return items.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(items.get(Math.floorMod(index,
                items.size())));
    }

    @Override
    public void close() {
        databases.forEach(Database::close);
    }
}
