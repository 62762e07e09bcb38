package org.fieldbook.app.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.Activity;
import org.fieldbook.domain.ActivityType;
import org.fieldbook.domain.ExchangeRate;
import org.fieldbook.domain.Lead;
import org.fieldbook.domain.LeadStatus;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.OpportunityStatus;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.domain.SalesRep;
import org.fieldbook.domain.SourceChannel;
import org.fieldbook.domain.StageChange;
import org.fieldbook.domain.StageKind;
import org.fieldbook.domain.TimeOrderedId;
import org.fieldbook.service.PipelineService;
import org.fieldbook.service.ProfileService;
import org.fieldbook.store.Database;
import org.fieldbook.store.Store;

/**
 * The dashboard benchmark's data: exactly the given numbers of opportunities and done activities, over two
 * years, in both default pipelines, with a third of the deals won or lost, each with its stage history (two to
 * five entries), eight owners, every source channel, one deal in 16 in euros (with a rate), and a lead for
 * every other deal. Demo data would not do: its activity count follows its deals, not a round figure.
 */
final class DashboardBenchData {
    private static final int BATCH = 5_000;
    private static final SourceChannel[] CHANNELS = SourceChannel.values();

    private DashboardBenchData() {
    }

    static void load(Path folder, int opportunities, int activities) {
        Random random = new Random(42);
        try (Database database = Database.open(folder)) {
            Store store = database.store();
            SalesRep me = new ProfileService(store).setUp("Bench User", "USD").me();
            List<List<PipelineStage>> pipelines = new ArrayList<>(new PipelineService(store).pipelinesWithStages()
                    .values());
            List<UUID> owners = new ArrayList<>(List.of(me.id()));
            List<SalesRep> reps = new ArrayList<>();
            for (int i = 1; i < 8; i++) {
                SalesRep rep = new SalesRep(TimeOrderedId.next(), "Rep " + i, null, null, null);
                reps.add(rep);
                owners.add(rep.id());
            }
            List<Account> accounts = new ArrayList<>();
            for (int i = 0; i < Math.max(1, opportunities / 8); i++) {
                accounts.add(Account.create("Account " + i, owners.get(i % owners.size())));
            }
            store.writeVoid(tx -> {
                tx.reps().insertAll(reps);
                tx.accounts().insertAll(accounts);
                tx.settings().putExchangeRate(new ExchangeRate("EUR", "USD", new BigDecimal("1.08")));
            });
            Instant now = Instant.now();
            LocalDate today = LocalDate.now();
            int perDeal = activities / opportunities;
            int extra = activities % opportunities;
            for (int start = 0; start < opportunities; start += BATCH) {
                List<Opportunity> deals = new ArrayList<>();
                List<StageChange> history = new ArrayList<>();
                List<Activity> done = new ArrayList<>();
                List<Lead> leads = new ArrayList<>();
                for (int i = start; i < Math.min(opportunities, start + BATCH); i++) {
                    List<PipelineStage> stages = pipelines.get(random.nextInt(4) == 0 ? 1 : 0);
                    List<PipelineStage> open = stages.stream().filter(PipelineStage::isOpen).toList();
                    PipelineStage won = stages.stream().filter(s -> s.kind() == StageKind.WON).findFirst().orElseThrow();
                    PipelineStage lost = stages.stream().filter(s -> s.kind() == StageKind.LOST).findFirst()
                            .orElseThrow();
                    Instant opened = now.minus(random.nextInt(730), ChronoUnit.DAYS).minus(random.nextInt(600),
                            ChronoUnit.MINUTES);
                    UUID id = TimeOrderedId.next();
                    UUID owner = owners.get(random.nextInt(owners.size()));
                    int reached = random.nextInt(open.size());
                    int fate = random.nextInt(6); // 0, 1: won; 2: lost; else still open
                    Instant at = opened;
                    UUID from = null;
                    for (int s = 0; s <= reached; s++) {
                        history.add(new StageChange(TimeOrderedId.next(), id, from, open.get(s).id(), at, owner));
                        from = open.get(s).id();
                        at = at.plus(1 + random.nextInt(30), ChronoUnit.DAYS);
                    }
                    PipelineStage stage = open.get(reached);
                    OpportunityStatus status = OpportunityStatus.OPEN;
                    Instant closed = null;
                    if (fate < 3 && at.isBefore(now)) {
                        stage = fate < 2 ? won : lost;
                        status = fate < 2 ? OpportunityStatus.WON : OpportunityStatus.LOST;
                        closed = at;
                        history.add(new StageChange(TimeOrderedId.next(), id, from, stage.id(), at, owner));
                    }
                    String currency = random.nextInt(16) == 0 ? "EUR" : "USD";
                    SourceChannel channel = CHANNELS[random.nextInt(CHANNELS.length)];
                    deals.add(new Opportunity(id, accounts.get(random.nextInt(accounts.size())).id(), stage.pipelineId(),
                            stage.id(), "Deal " + i, new Money(BigDecimal.valueOf(500L + random.nextInt(400) * 250L),
                            currency), today.plusDays(random.nextInt(200) - 20), owner, channel, status,
                            status == OpportunityStatus.LOST ? "Price" : null, closed, i, opened, null));
                    int count = perDeal + (i < extra ? 1 : 0);
                    long span = Math.max(1, ChronoUnit.MINUTES.between(opened, closed != null ? closed : now));
                    for (int a = 0; a < count; a++) {
                        Instant when = opened.plus((long) (random.nextDouble() * span), ChronoUnit.MINUTES);
                        done.add(new Activity(TimeOrderedId.next(), ActivityType.CALL, "Call " + a, null, when, when,
                                null, null, null, null, id, owner));
                    }
                    if (i % 2 == 0) {
                        boolean converted = random.nextBoolean();
                        Instant created = opened.minus(1 + random.nextInt(20), ChronoUnit.DAYS);
                        leads.add(new Lead(TimeOrderedId.next(), "Lead " + i, "Company " + i, null, null, channel,
                                converted ? LeadStatus.CONVERTED : LeadStatus.WORKING, 50, owner,
                                converted ? opened : null, converted ? id : null, created));
                    }
                }
                store.writeVoid(tx -> {
                    tx.opportunities().insertAll(deals);
                    tx.stageChanges().insertAll(history);
                    tx.activities().insertAll(done);
                    tx.leads().insertAll(leads);
                });
            }
        }
    }
}
