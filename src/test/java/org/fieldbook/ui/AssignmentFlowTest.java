package org.fieldbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.fieldbook.domain.AssignmentRule;
import org.fieldbook.domain.AssignmentRuleKind;
import org.fieldbook.domain.Lead;
import org.fieldbook.domain.LeadSummary;
import org.fieldbook.domain.SalesRep;
import org.fieldbook.domain.TimeOrderedId;
import org.fieldbook.ui.settings.AssignmentRulesViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edit › Lead assignment…: a round-robin rule and a region rule are added, the region rule moved above, both
 * saved; a lead typed with the region gets the region rule's rep, and its editor says which rule chose them.
 */
class AssignmentFlowTest {
    private static final Path SCREENSHOTS = Path.of("docs", "screenshots");

    @TempDir
    Path dataFolder;

    private final java.util.Locale before = java.util.Locale.getDefault();

    @AfterEach
    void englishAgain() {
        System.clearProperty("fieldbook.locale");
        java.util.Locale.setDefault(before); // the window makes its language the default
    }

    @Test
    void rulesMadeInSettingsAssignATypedLeadAndTheLeadSaysWhichRule() throws Exception {
        run(null, "assignment-rules-light.png", "lead-assigned-light.png", "Dita Dahl");
    }

    @Test
    void theSameInSimplifiedChinese() throws Exception {
        run("zh-CN", "assignment-rules-zh_CN.png", "lead-assigned-zh_CN.png", "丁娜");
    }

    private void run(String locale, String rulesShot, String leadShot, String regionRep) throws Exception {
        if (locale != null) {
            System.setProperty("fieldbook.locale", locale);
        }
        Files.createDirectories(dataFolder);
        Files.writeString(dataFolder.resolve("ui.properties"), "theme=light\nsection=LEADS\n");
        FieldbookWindow.prepare(dataFolder, context -> context.store().writeVoid(tx -> {
            for (String name : List.of("Ann Archer", "Bo Berg", "陈晨", regionRep)) {
                tx.reps().insert(new SalesRep(TimeOrderedId.next(), name, null, null, null));
            }
        }));
        try (FieldbookWindow window = FieldbookWindow.open(dataFolder)) {
            var robot = window.robot;
            window.waitUntil("the inbox is shown", () -> robot.lookup("#leadsTable").tryQuery().isPresent());
            window.fx(() -> {
                MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
                MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                        .filter(i -> "assignmentItem".equals(i.getId())).findFirst().orElseThrow();
                item.fire();
                return null;
            });
            window.await("#assignmentDialog", Node.class);
            ListView<AssignmentRule> rules = window.await("#assignmentRuleList", ListView.class);

            robot.clickOn("#addRuleButton"); // a round-robin rule among three reps
            tick(window, "Ann Archer", "Bo Berg", "陈晨");
            robot.clickOn("#addRuleButton"); // a region rule for one rep
            @SuppressWarnings("unchecked")
            ComboBox<AssignmentRuleKind> kind = robot.lookup("#ruleKindField").queryAs(ComboBox.class);
            window.fx(() -> {
                kind.setValue(AssignmentRuleKind.REGION);
                return null;
            });
            robot.clickOn("#ruleRegionsField").write("North, 华北");
            tick(window, regionRep);
            robot.clickOn("#ruleUpButton");
            window.waitUntil("the region rule is first", () -> rules.getItems().get(0).kind()
                    == AssignmentRuleKind.REGION);
            assertEquals(0, (int) window.fx(() -> rules.getSelectionModel().getSelectedIndex()),
                    "the moved rule stays chosen");
            shoot(window, "#assignmentDialog", rulesShot);

            robot.clickOn("#saveAssignmentButton");
            window.awaitGone("#assignmentDialog");
            List<AssignmentRule> saved = window.services().assignmentRules().rules();
            assertEquals(List.of(AssignmentRuleKind.REGION, AssignmentRuleKind.ROUND_ROBIN),
                    saved.stream().map(AssignmentRule::kind).toList());
            assertEquals(List.of("North", "华北"), saved.get(0).values());
            assertEquals(3, saved.get(1).repIds().size());

            robot.clickOn("#newButton");
            window.waitUntil("the form is ready", () -> !robot.lookup("#saveButton").queryButton().isDisabled());
            Label assignedBy = robot.lookup("#assignedByLabel").queryAs(Label.class);
            assertTrue(window.fx(assignedBy::isVisible), "a new lead says the rules will choose its owner");
            robot.clickOn("#nameField").write("Li Lei");
            robot.clickOn("#regionField").write("华北");
            robot.clickOn("#saveButton");
            window.waitUntil("the lead is listed", () -> window.rows("#leadsTable") == 1);
            Lead lead = window.services().leads().list().get(0).lead();
            UUID dita = window.services().pipelines().reps().stream().filter(r -> r.name().equals(regionRep))
                    .findFirst().orElseThrow().id();
            assertEquals(dita, lead.ownerId());
            assertEquals(saved.get(0).id(), lead.assignmentRuleId());

            TableView<LeadSummary> table = window.table("#leadsTable");
            window.fx(() -> {
                table.getSelectionModel().select(0);
                table.requestFocus();
                return null;
            });
            robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
            TextField region = window.await("#regionField", TextField.class);
            Label shown = window.await("#assignedByLabel", Label.class);
            window.waitUntil("the rule is shown on the lead", () -> shown.getText().contains(regionRep));
            assertEquals("华北", window.fx(region::getText));
            assertTrue(window.fx(shown::getText).contains("1"), window.fx(shown::getText));
            assertTrue(window.fx(shown::getText).contains("华北"), window.fx(shown::getText));
            shoot(window, "#regionField", leadShot);
            robot.clickOn("#cancelButton");
            window.awaitGone("#regionField");
        }
    }

    /** Ticks the reps named in the chosen rule's list of reps. */
    private static void tick(FieldbookWindow window, String... names) {
        @SuppressWarnings("unchecked")
        ListView<AssignmentRulesViewModel.Pick<UUID>> reps = window.await("#ruleRepList", ListView.class);
        window.fx(() -> {
            for (String name : names) {
                reps.getItems().stream().filter(p -> p.toString().equals(name)).findFirst().orElseThrow()
                        .chosenProperty().set(true);
            }
            return null;
        });
    }

    private static void shoot(FieldbookWindow window, String anyNode, String file) throws Exception {
        Node inWindow = window.robot.lookup(anyNode).query();
        var image = window.fx(() -> inWindow.getScene().snapshot(null));
        Files.createDirectories(SCREENSHOTS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SCREENSHOTS.resolve(file).toFile());
    }
}
