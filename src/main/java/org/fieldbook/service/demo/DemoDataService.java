package org.fieldbook.service.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.Contact;
import org.fieldbook.domain.Pipeline;
import org.fieldbook.store.FileCompaction;
import org.fieldbook.store.Store;
import org.fieldbook.store.Tx;

/**
 * Loads a realistic, deterministic demo data set: sales reps, accounts with contacts, opportunities with 18
 * months of stage history, buying roles and activities, and leads. It is added to what the store holds
 * (it never needs the user's profile) through the store's one write path, so every row is in the change log.
 *
 * <p>The same options on the same starting data give the same rows, ids included. The ids also depend on how
 * many changes the store has recorded before, so loading twice into one database adds a second set instead of
 * failing on taken ids.
 *
 * <p>Rows are written in batches, each its own transaction. A cancelled load stops between batches and keeps
 * the batches already written; each batch is whole (an opportunity never lacks its history).
 */
public final class DemoDataService {
    /** Accounts or opportunities per transaction: fewer, larger commits cost less. */
    private static final int BATCH = 2_000;
    /**
     * The changed pages H2 holds for one opportunity of a batch until its commit: a 2,000-deal batch of a
     * 100,000-deal load into a new folder reached 241 MB before its commit (decision 0022), with a margin for
     * the commit itself.
     */
    private static final long BYTES_PER_DEAL = 224 * 1024;
    /**
     * Batches are held back until their commit only while the store holds fewer deals than this: the indexes
     * grow with it, a batch changes more of their pages, and one that outgrows H2's buffer is slower than one
     * H2 writes as it goes (a second 100,000-deal load on top of a first: 141 s held back, 116 s not).
     */
    private static final int HELD_BACK_BELOW_DEALS = 100_000;
    /** Progress weight of an opportunity (with its history, roles, activities and leads) against an account. */
    private static final int DEAL_WEIGHT = 4;
    /**
     * The progress reported while the database file is compacted after the load, which takes a time nobody can
     * tell beforehand (a 100,000-deal load: about 20 s); negative, as JavaFX's indeterminate progress is.
     */
    public static final double COMPACTING = -1;

    private final Store store;
    private final int batchSize;

    public DemoDataService(Store store) {
        this(store, BATCH);
    }

    /** With {@code batchSize} accounts or opportunities per transaction. */
    DemoDataService(Store store, int batchSize) {
        this.store = store;
        this.batchSize = batchSize;
    }

    /**
     * Loads the data set {@code options} describe, reporting progress from 0 to 1. Cancelled by interrupting
     * the calling thread; prefer {@link #load(DemoOptions, DoubleConsumer, BooleanSupplier)} with a flag where
     * a cancel button exists, since an interrupt that lands inside a database write aborts that write.
     *
     * @throws CancellationException when the thread was interrupted; the batches written so far stay
     */
    public DemoReport load(DemoOptions options, DoubleConsumer progress) {
        return load(options, progress, () -> Thread.currentThread().isInterrupted());
    }

    /**
     * Loads the data set, checking {@code cancelled} between batches.
     *
     * @throws CancellationException when {@code cancelled} turned true; the batches written so far stay
     */
    public DemoReport load(DemoOptions options, DoubleConsumer progress, BooleanSupplier cancelled) {
        long started = System.nanoTime();
        Start start = store.read(tx -> new Start(PipelineShape.find(tx, Pipeline.NEW_BUSINESS, 0),
                PipelineShape.find(tx, Pipeline.EXPANSION, 1), tx.changeLog().count(), tx.stats().opportunityRows(),
                tx.products().catalogue()));
        Vocabulary words = Vocabulary.forLocale(options.locale());
        Market market = Market.forLocale(options.locale(), words.style());
        DemoCalendar calendar = new DemoCalendar(options.today(), market.zone());
        DemoRandom random = new DemoRandom(options.seed());
        DemoIds ids = new DemoIds(options.seed() ^ (start.changesBefore() * 0x9E37_79B9_7F4A_7C15L));
        Instant teamStarted = calendar.officeHours(random, calendar.firstDay().minusMonths(6));
        SalesTeam team = SalesTeam.hire(SalesTeam.sizeFor(options.opportunities()), words, random, ids, teamStarted);
        DemoWorld world = new DemoWorld(words, market, calendar, random, ids, team);
        DemoCatalogue catalogue = DemoCatalogue.draw(words, market, random, ids, teamStarted, start.catalogue());
        Customers customers = Customers.profile(options.accounts(), words, team, random);
        DealPlan plan = DealPlan.draw(options.opportunities(), customers, calendar, random);
        Progress tracker = new Progress(options.accounts() + (long) DEAL_WEIGHT * options.opportunities(), progress,
                cancelled);

        int contacts = writeCustomers(customers, plan.firstDealOfEachCustomer(customers.size()), team, catalogue,
                world, tracker, start.dealsBefore());
        Counts counts = new Counts();
        DealMaker deals = new DealMaker(world, start.newBusiness(), start.expansion(), catalogue);
        for (int from = 0; from < plan.size(); from += batchSize) {
            tracker.stopIfCancelled(from);
            DemoBatch batch = new DemoBatch();
            int to = Math.min(plan.size(), from + batchSize);
            for (int deal = from; deal < to; deal++) {
                deals.make(customers.get(plan.customer(deal)), plan.openedOn(deal), batch);
            }
            writeBatch(start.dealsBefore() + from, batch::writeTo);
            counts.add(batch);
            tracker.advance((long) DEAL_WEIGHT * (to - from));
        }
        tracker.stopIfCancelled(plan.size());
        LeadInbox inbox = new LeadInbox(world, new LeadMaker(world), options.locale());
        inbox.draw(store.read(tx -> tx.customFields().all()).stream().filter(f -> f.entity().equals("lead"))
                .toList(), teamStarted);
        store.writeVoid(inbox::writeTo);
        counts.leads += inbox.leads.size();
        counts.activities += inbox.answers.size();
        keepRates(market);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        FileCompaction compaction = store.compactIfSparse(() -> progress.accept(COMPACTING));
        progress.accept(1.0);
        return new DemoReport(team.reps().size(), customers.size(), contacts, plan.size(), counts.stageChanges,
                counts.buyingRoles, counts.activities, counts.leads, catalogue.newProducts().size(), counts.lines,
                counts.payments, took, compaction);
    }

    /**
     * Writes one batch in its own transaction, holding its pages back until the commit while the store, with
     * {@code dealsInStore}, is small enough for a batch to fit ({@link Store#bulkLoad}).
     */
    private void writeBatch(long dealsInStore, Consumer<Tx> work) {
        if (dealsInStore < HELD_BACK_BELOW_DEALS) {
            store.bulkLoad(batchSize * BYTES_PER_DEAL, () -> {
                store.writeVoid(work);
                return null;
            });
        } else {
            store.writeVoid(work);
        }
    }

    /** Stores the rates the amounts were quoted with, unless the user already set a rate between the two. */
    private void keepRates(Market market) {
        store.writeVoid(tx -> {
            var set = tx.settings().exchangeRates();
            boolean known = set.stream().anyMatch(rate -> java.util.Set.of(rate.from(), rate.to())
                    .equals(java.util.Set.of(market.currency(), market.exportCurrency())));
            if (!known) {
                market.rates().forEach(tx.settings()::putExchangeRate);
            }
        });
    }

    /** Every live row of every synced table as text, in a fixed order: equal dumps mean equal data. */
    public String dump() {
        return store.read(DemoDump::of);
    }

    /**
     * Writes the reps and the catalogue (with the first batch) and every account with its contacts; returns the
     * contact count.
     */
    private int writeCustomers(Customers customers, LocalDate[] firstDeals, SalesTeam team, DemoCatalogue catalogue,
                               DemoWorld world, Progress tracker, long dealsBefore) {
        int contactCount = 0;
        for (int from = 0; from < customers.size(); from += batchSize) {
            tracker.stopIfCancelled(0);
            int to = Math.min(customers.size(), from + batchSize);
            List<Account> accounts = new ArrayList<>(to - from);
            List<Contact> contacts = new ArrayList<>();
            for (int i = from; i < to; i++) {
                customers.open(i, firstDeals[i], world.calendar(), world.random(), world.ids());
                accounts.add(customers.get(i).account);
                contacts.addAll(customers.get(i).contacts);
            }
            boolean first = from == 0;
            writeBatch(dealsBefore, tx -> {
                if (first) {
                    tx.reps().insertAll(team.reps());
                    tx.products().insertAll(catalogue.newProducts());
                    tx.products().prices().insertAll(catalogue.newPrices());
                }
                tx.accounts().insertAll(accounts);
                tx.contacts().insertAll(contacts);
            });
            contactCount += contacts.size();
            tracker.advance(to - from);
        }
        return contactCount;
    }

    /** What the store holds before the load: the pipelines to use, how many changes and deal rows it has. */
    private record Start(PipelineShape newBusiness, PipelineShape expansion, long changesBefore, long dealsBefore,
                         List<org.fieldbook.domain.PricedProduct> catalogue) {
    }

    private static final class Counts {
        int stageChanges;
        int buyingRoles;
        int activities;
        int leads;
        int lines;
        int payments;

        void add(DemoBatch batch) {
            lines += batch.lines.size();
            payments += batch.payments.size();
            stageChanges += batch.stageChanges.size();
            buyingRoles += batch.buyingRoles.size();
            activities += batch.activities.size();
            leads += batch.leads.size();
        }
    }

    private static final class Progress {
        private final long total;
        private final DoubleConsumer listener;
        private final BooleanSupplier cancelled;
        private long done;

        Progress(long total, DoubleConsumer listener, BooleanSupplier cancelled) {
            this.total = Math.max(1, total);
            this.listener = listener;
            this.cancelled = cancelled;
        }

        void advance(long units) {
            done += units;
            listener.accept(Math.min(1.0, (double) done / total));
        }

        void stopIfCancelled(int opportunitiesWritten) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("demo data cancelled after " + opportunitiesWritten
                        + " opportunities");
            }
        }
    }
}
