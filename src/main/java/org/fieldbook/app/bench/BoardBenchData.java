package org.fieldbook.app.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.OpportunityStatus;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.domain.SalesRep;
import org.fieldbook.domain.StageChange;
import org.fieldbook.domain.TimeOrderedId;
import org.fieldbook.service.PipelineService;
import org.fieldbook.service.ProfileService;
import org.fieldbook.store.Database;
import org.fieldbook.store.Store;

/**
 * The board benchmark's data: a given number of open deals, all in the first pipeline, over its open stages
 * (more in the early ones, as in a real funnel), with accounts, eight owners and each deal's entry into its
 * stage. Written through the store's bulk path, so every row is also in the change log. Demo data would not
 * do: most of its deals are closed and they are split over two pipelines.
 */
final class BoardBenchData {
    private static final int BATCH = 5_000;
    private static final int[] STAGE_WEIGHTS = {4, 3, 2, 1};

    private BoardBenchData() {
    }

    static void load(Path folder, int openDeals) {
        Random random = new Random(42);
        try (Database database = Database.open(folder)) {
            Store store = database.store();
            SalesRep me = new ProfileService(store).setUp("Bench User", "USD").me();
            List<PipelineStage> stages = new PipelineService(store).pipelinesWithStages().values().iterator().next()
                    .stream().filter(PipelineStage::isOpen).toList();
            List<UUID> owners = new ArrayList<>(List.of(me.id()));
            List<SalesRep> reps = new ArrayList<>();
            for (int i = 1; i < 8; i++) {
                SalesRep rep = new SalesRep(TimeOrderedId.next(), "Rep " + i, null, "Team " + (i % 2), null);
                reps.add(rep);
                owners.add(rep.id());
            }
            List<Account> accounts = new ArrayList<>();
            for (int i = 0; i < Math.max(1, openDeals / 8); i++) {
                accounts.add(Account.create("Account " + i, owners.get(i % owners.size())));
            }
            store.writeVoid(tx -> {
                tx.reps().insertAll(reps);
                tx.accounts().insertAll(accounts);
            });
            Map<UUID, Integer> columnSizes = new HashMap<>();
            Instant now = Instant.now();
            LocalDate today = LocalDate.now();
            for (int start = 0; start < openDeals; start += BATCH) {
                List<Opportunity> deals = new ArrayList<>();
                List<StageChange> entries = new ArrayList<>();
                for (int i = start; i < Math.min(openDeals, start + BATCH); i++) {
                    PipelineStage stage = stages.get(Math.min(weighted(random), stages.size() - 1));
                    Account account = accounts.get(random.nextInt(accounts.size()));
                    Instant opened = now.minus(random.nextInt(120), ChronoUnit.DAYS);
                    int place = columnSizes.merge(stage.id(), 1, Integer::sum);
                    Opportunity deal = new Opportunity(TimeOrderedId.next(), account.id(), stage.pipelineId(),
                            stage.id(), "Deal " + i + " for " + account.name(),
                            new Money(BigDecimal.valueOf(1_000L + random.nextInt(200) * 1_000L), "USD"),
                            today.plusDays(random.nextInt(150) - 30), owners.get(random.nextInt(owners.size())),
                            null, OpportunityStatus.OPEN, null, null, place, opened, null);
                    deals.add(deal);
                    entries.add(new StageChange(TimeOrderedId.next(), deal.id(), null, stage.id(), opened, me.id()));
                }
                store.writeVoid(tx -> {
                    tx.opportunities().insertAll(deals);
                    tx.stageChanges().insertAll(entries);
                });
            }
        }
    }

    private static int weighted(Random random) {
        int total = 0;
        for (int weight : STAGE_WEIGHTS) {
            total += weight;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < STAGE_WEIGHTS.length; i++) {
            pick -= STAGE_WEIGHTS[i];
            if (pick < 0) {
                return i;
            }
        }
        return 0;
    }
}
