package org.fieldbook.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.Quote;
import org.fieldbook.report.QuoteExport;
import org.fieldbook.service.ProfileService;
import org.fieldbook.service.QuoteFixtures;
import org.fieldbook.service.QuoteService;
import org.fieldbook.service.UserMessage;
import org.fieldbook.store.Database;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quote bar's commands without the toolkit: what they store, write and say. */
class QuotesViewModelTest {
    @TempDir
    Path folder;

    @Test
    void createOpenSaveAndARefusalInTheUsersWords() throws Exception {
        try (Database database = Database.open(folder.resolve("db"))) {
            new ProfileService(database.store()).setUp("李明", "CNY");
            Opportunity deal = QuoteFixtures.deal(database.store(), 2);
            List<Path> opened = new ArrayList<>();
            List<Throwable> failures = new ArrayList<>();
            Messages messages = Messages.load(Locale.SIMPLIFIED_CHINESE);
            QuotesViewModel model = new QuotesViewModel(new QuoteService(database.store(),
                    opportunity -> Optional.empty(), java.time.ZoneOffset.UTC), new QuoteExport(),
                    BackgroundRunner.inline(), failures::add, messages, opened::add);
            List<Quote> created = new ArrayList<>();
            model.create(deal.id(), created::add);
            assertEquals(1, created.size());
            assertEquals("已生成报价单 " + created.get(0).number() + "（第 1 版）", model.statusProperty().get());

            model.open(created.get(0));
            assertEquals(1, opened.size());
            assertEquals(created.get(0).fileName(), opened.get(0).getFileName().toString());
            assertTrue(Files.size(opened.get(0)) > 5_000);
            Path saved = folder.resolve("saved/报价.pdf");
            model.saveAs(created.get(0), saved);
            assertTrue(Files.exists(saved));
            assertEquals("已保存到 " + saved, model.statusProperty().get());

            QuotesViewModel gated = new QuotesViewModel(new QuoteService(database.store(),
                    opportunity -> Optional.of(new UserMessage("validation.quote.noLines", null)),
                    java.time.ZoneOffset.UTC), new QuoteExport(), BackgroundRunner.inline(), failures::add,
                    messages, opened::add);
            gated.create(deal.id(), created::add);
            assertEquals("请先为该商机添加明细行，再生成报价单", gated.statusProperty().get());
            assertEquals(1, created.size());
            assertTrue(failures.isEmpty(), failures.toString());
        }
    }
}
