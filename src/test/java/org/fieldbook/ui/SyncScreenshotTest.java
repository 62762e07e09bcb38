package org.fieldbook.ui;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.css.PseudoClass;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Button;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.fieldbook.app.AppContext;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.ui.sync.TwoLaptops;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Sync screen with conflicts to review, as Bo's laptop shows them after Ana and Bo both worked offline:
 * a title, a stage and an amount changed on both, and an account Ana deleted while Bo edited it. Written to
 * docs/screenshots/sync-*.png.
 */
class SyncScreenshotTest {
    private static final Path SCREENSHOTS = Path.of("docs", "screenshots");

    @TempDir
    Path temp;

    @AfterEach
    void backToDefaults() {
        System.clearProperty("fieldbook.locale");
    }

    @Test
    void syncScreenInLightTheme() throws Exception {
        shoot("sync-light.png", false, null);
    }

    @Test
    void syncScreenInDarkTheme() throws Exception {
        shoot("sync-dark.png", true, null);
    }

    @Test
    void syncScreenInSimplifiedChinese() throws Exception {
        Locale before = Locale.getDefault();
        try {
            shoot("sync-zh_CN.png", false, "zh-CN");
        } finally {
            Locale.setDefault(before);
        }
    }

    private void shoot(String fileName, boolean dark, String locale) throws Exception {
        boolean chinese = locale != null;
        TwoLaptops laptops = chinese ? new TwoLaptops(temp, "王芳", "陈博") : new TwoLaptops(temp);
        try (laptops) {
            workOfflineOnBoth(laptops, chinese);
        }
        Files.writeString(laptops.boFolder.resolve("ui.properties"), "theme=" + (dark ? "dark" : "light")
                + "\nwindow.width=1280\nwindow.height=780\nsection=SYNC\n");
        if (chinese) {
            System.setProperty("fieldbook.locale", locale);
        }
        try (FieldbookWindow window = FieldbookWindow.open(laptops.boFolder)) {
            window.waitUntil("four conflicts are listed after a sync", () -> SyncFlowTest.count(window,
                    ".conflict-field") == 4 && window.robot.lookup("#syncStatusButton").queryAs(Button.class)
                    .getPseudoClassStates().contains(PseudoClass.getPseudoClass("synced")));
            WritableImage image = window.fx(() -> window.robot.lookup("#syncNowButton").query().getScene()
                    .snapshot(null));
            Files.createDirectories(SCREENSHOTS);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SCREENSHOTS.resolve(fileName).toFile());
        }
    }

    private static void workOfflineOnBoth(TwoLaptops laptops, boolean chinese) {
        AppContext ana = laptops.ana;
        AppContext bo = laptops.bo;
        laptops.shareADeal(chinese ? "华东精密机械有限公司" : "Acme Tools",
                chinese ? "生产线升级" : "Line upgrade");
        UUID me = ana.profile().profile().orElseThrow().me().id();
        List<PipelineStage> stages = ana.pipelines().pipelinesWithStages().values().iterator().next();
        UUID account = ana.opportunities().edit(laptops.deal).original().accountId();
        UUID service = ana.opportunities().create(Opportunity.create(account, stages.get(1),
                chinese ? "年度维护合同" : "Yearly service contract", new Money(new BigDecimal("8000.00"), "EUR"),
                LocalDate.of(2026, 6, 30), me), me).id();
        String logistics = chinese ? "北辰物流集团" : "Brightwater Logistics";
        UUID brightwater = ana.accounts().create(Account.create(logistics, me)).id();
        TwoLaptops.sync(ana, bo);

        // conflicts are listed oldest first: the account comes first, so its two buttons are in the picture
        ana.accounts().delete(brightwater, ana.accounts().edit(brightwater).versions());
        TwoLaptops.rename(ana, laptops.deal, chinese ? "生产线升级（二期）" : "Line upgrade, phase 2");
        ana.opportunities().moveToStage(laptops.deal, stages.get(2).id(), me);
        setAmount(ana, service, "9500.00");

        UUID bosId = bo.profile().profile().orElseThrow().me().id();
        var editing = bo.accounts().edit(brightwater);
        bo.accounts().update(editing, editing.original().withName(chinese ? "北辰物流集团（华北）"
                : "Brightwater Logistics North"));
        TwoLaptops.rename(bo, laptops.deal, chinese ? "生产线升级 — 3 台设备" : "Line upgrade, 3 machines");
        bo.opportunities().moveToStage(laptops.deal, stages.get(3).id(), bosId);
        setAmount(bo, service, "11200.00");
        TwoLaptops.sync(ana, bo, ana);
    }

    private static void setAmount(AppContext laptop, UUID deal, String amount) {
        var editing = laptop.opportunities().edit(deal);
        laptop.opportunities().update(editing, editing.original().withAmount(new Money(new BigDecimal(amount),
                "EUR")), laptop.profile().profile().orElseThrow().me().id());
    }
}
