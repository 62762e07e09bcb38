package org.fieldbook.ui;

import java.awt.image.BufferedImage;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import org.fieldbook.app.AppContext;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.Contact;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.domain.SourceChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the main window with a few accounts in light, dark and 简体中文 and writes the pictures to
 * docs/screenshots/ (the README shows one). Chinese text needs a CJK font on the machine; without one the
 * picture shows boxes, but the test still passes.
 */
class ScreenshotTest {
    private static final Path SCREENSHOTS = Path.of("docs", "screenshots");

    @TempDir
    Path dataFolder;

    @AfterEach
    void backToDefaults() {
        System.clearProperty("fieldbook.locale");
    }

    @Test
    void mainWindowInLightTheme() throws Exception {
        shoot("main-light.png", false, null, "Ada Lovelace", "EUR");
    }

    @Test
    void mainWindowInDarkTheme() throws Exception {
        shoot("main-dark.png", true, null, "Ada Lovelace", "EUR");
    }

    @Test
    void mainWindowInSimplifiedChinese() throws Exception {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            shoot("main-zh_CN.png", false, "zh-CN", "王小明", "CNY");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    private void shoot(String fileName, boolean dark, String locale, String me, String currency) throws Exception {
        Files.writeString(dataFolder.resolve("ui.properties"), "theme=" + (dark ? "dark" : "light")
                + "\nwindow.width=1280\nwindow.height=780\nsection=ACCOUNTS\n");
        FieldbookWindow.prepare(dataFolder, me, currency, context -> seed(context, currency, locale != null));
        if (locale != null) {
            System.setProperty("fieldbook.locale", locale);
        }
        try (FieldbookWindow window = FieldbookWindow.open(dataFolder)) {
            window.waitUntil("the accounts are shown", () -> window.rows("#accountsTable") == 6);
            TableView<?> table = window.table("#accountsTable");
            window.fx(() -> {
                table.getSelectionModel().select(1);
                table.requestFocus();
                return null;
            });
            window.waitUntil("the detail pane is filled", () -> !window.table("#opportunitiesTable").getItems()
                    .isEmpty());
            WritableImage image = window.fx(() -> table.getScene().snapshot(null));
            BufferedImage picture = SwingFXUtils.fromFXImage(image, null);
            Files.createDirectories(SCREENSHOTS);
            ImageIO.write(picture, "png", SCREENSHOTS.resolve(fileName).toFile());
        }
    }

    static void seed(AppContext context, String currency, boolean chinese) {
        UUID owner = context.profile().profile().orElseThrow().me().id();
        Map<?, List<PipelineStage>> pipelines = context.pipelines().pipelinesWithStages();
        List<PipelineStage> stages = pipelines.values().iterator().next();
        String[][] companies = chinese ? new String[][] {
            {"华东精密机械有限公司", "制造业", "华东"}, {"北辰物流集团", "物流", "华北"},
            {"南方食品股份有限公司", "食品饮料", "华南"}, {"西湖软件科技", "软件", "华东"},
            {"长江建材有限公司", "建材", "华中"}, {"天府医疗器械", "医疗器械", "西南"},
        } : new String[][] {
            {"Acme Tools", "Manufacturing", "North"}, {"Brightwater Logistics", "Logistics", "East"},
            {"Cedar & Finch Foods", "Food and beverage", "South"}, {"Delta Software", "Software", "West"},
            {"Evergreen Building Supply", "Construction", "North"}, {"Fjord Medical", "Medical devices", "East"},
        };
        String[][] people = chinese ? new String[][] {{"李娜", "采购经理", "li.na@example.cn"},
            {"张伟", "总经理", "zhang.wei@example.cn"}}
                : new String[][] {{"Grace Hopper", "Head of purchasing", "grace@example.com"},
                    {"Alan Turing", "Managing director", "alan@example.com"}};
        String[] deals = chinese ? new String[] {"新仓库 40 台叉车", "年度维护合同", "生产线升级"}
                : new String[] {"40 forklifts for the new warehouse", "Yearly service contract", "Line upgrade"};
        int index = 0;
        for (String[] company : companies) {
            Account account = context.accounts().create(new Account(org.fieldbook.domain.TimeOrderedId.next(),
                    company[0], company[1], 40 + index * 35, company[2], null, null, "+1 555 010" + index, owner,
                    index % 2 == 0 ? "A" : "B", SourceChannel.values()[index % SourceChannel.values().length],
                    null, null));
            for (String[] person : people) {
                Contact contact = Contact.create(account.id(), person[0]);
                context.contacts().create(new Contact(contact.id(), account.id(), person[0], person[1], null,
                        List.of(person[2]), List.of(), null, null, null));
            }
            for (int d = 0; d < (index % 3) + 1; d++) {
                PipelineStage stage = stages.get((index + d) % 4);
                context.opportunities().create(Opportunity.create(account.id(), stage, deals[d],
                        new Money(new BigDecimal(12500 + index * 7300 + d * 1999).setScale(2), currency),
                        LocalDate.of(2026, 1 + (index + d) % 12, 10 + d), owner), owner);
            }
            index++;
        }
    }

}
