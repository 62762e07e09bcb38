package org.fieldbook.ui.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.fieldbook.app.AppContext;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.sync.SyncStatus;

/**
 * Two salespeople's laptops — two data folders — and the team folder they share, set up through the services
 * and the sync as the app uses them. Ana's laptop makes a deal, both sync, then both can edit it offline.
 */
public final class TwoLaptops implements AutoCloseable {
    public static final String ANA = "Ana Lima";
    public static final String BO = "Bo Chen";

    public final String anaName;
    public final String boName;
    public final Path anaFolder;
    public final Path boFolder;
    public final Path team;
    public AppContext ana;
    public AppContext bo;
    public UUID deal;

    public TwoLaptops(Path root) {
        this(root, ANA, BO);
    }

    /** With the salespeople's names, as their first-run answers. */
    public TwoLaptops(Path root, String anaName, String boName) {
        this.anaName = anaName;
        this.boName = boName;
        anaFolder = root.resolve("ana");
        boFolder = root.resolve("bo");
        try {
            team = Files.createDirectories(root.resolve("team"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        open();
    }

    /** Opens both laptops' data folders (again): for a window test, close them first and open them after. */
    public void open() {
        ana = AppContext.open(anaFolder);
        bo = AppContext.open(boFolder);
        for (AppContext laptop : List.of(ana, bo)) {
            if (laptop.profile().profile().isEmpty()) {
                laptop.profile().setUp(laptop == ana ? anaName : boName, "EUR");
                laptop.teamSync().useFolder(team, null);
            }
        }
    }

    /** Ana creates an account and a deal; Ana then Bo sync, so both laptops hold it. */
    public TwoLaptops shareADeal(String account, String title) {
        UUID me = ana.profile().profile().orElseThrow().me().id();
        Account created = ana.accounts().create(Account.create(account, me));
        PipelineStage first = ana.pipelines().pipelinesWithStages().values().iterator().next().get(0);
        deal = ana.opportunities().create(Opportunity.create(created.id(), first, title,
                new Money(new BigDecimal("12500.00"), "EUR"), LocalDate.of(2026, 3, 10), me), me).id();
        sync(ana, bo);
        return this;
    }

    /** Each laptop renames the deal without having seen the other's rename; then Ana, Bo, Ana sync. */
    public TwoLaptops renameOnBoth(String anasTitle, String bosTitle) {
        rename(ana, anasTitle);
        rename(bo, bosTitle);
        sync(ana, bo, ana);
        return this;
    }

    public static void rename(AppContext laptop, UUID deal, String title) {
        var editing = laptop.opportunities().edit(deal);
        laptop.opportunities().update(editing, editing.original().withTitle(title),
                laptop.profile().profile().orElseThrow().me().id());
    }

    private void rename(AppContext laptop, String title) {
        rename(laptop, deal, title);
    }

    public String title(AppContext laptop) {
        return laptop.opportunities().edit(deal).original().title();
    }

    /** One exchange each with the team folder, in the order given. */
    public static void sync(AppContext... laptops) {
        for (AppContext laptop : laptops) {
            SyncStatus status = laptop.teamSync().exchangeNow();
            if (status.state() != SyncStatus.State.SYNCED) {
                throw new AssertionError("sync of " + laptop.dataFolder() + " ended " + status);
            }
        }
    }

    @Override
    public void close() {
        if (ana != null) {
            ana.close();
        }
        if (bo != null) {
            bo.close();
        }
        ana = null;
        bo = null;
    }
}
