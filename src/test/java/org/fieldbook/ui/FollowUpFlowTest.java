package org.fieldbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import org.fieldbook.app.AppContext;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.Activity;
import org.fieldbook.domain.ActivityType;
import org.fieldbook.domain.BoardCard;
import org.fieldbook.domain.BuyingRole;
import org.fieldbook.domain.Contact;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.domain.TimelineEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4's "done when", through the real window: a visit logged from a board card in three clicks shows in
 * the agenda and in the deal's history; an open call marked done with a next step; a decision maker attached
 * and the card's flag gone. The database is read afterwards to see what was stored.
 */
class FollowUpFlowTest {
    @TempDir
    Path dataFolder;
    private UUID acme;
    private UUID forklifts;
    private UUID lineUpgrade;
    private UUID call;

    @Test
    void aVisitFromACardTheAgendaAHistoryANextStepAndADecisionMaker() throws Exception {
        FieldbookWindow.prepare(dataFolder, this::seed);
        Files.delete(dataFolder.resolve("ui.properties")); // opens on the board
        try (FieldbookWindow window = FieldbookWindow.open(dataFolder)) {
            var robot = window.robot;
            window.waitUntil("the board shows its cards", () -> robot.lookup(".card-cell").queryAll().stream()
                    .anyMatch(n -> n instanceof ListCell<?> c && c.getItem() != null));

            // three clicks: the card's menu, "Log a visit…", Save
            robot.clickOn(card(window, "Forklifts"), MouseButton.SECONDARY);
            robot.clickOn(window.await("#logVisitItem", Node.class));
            window.await("#activityDialog", Node.class);
            window.waitUntil("the form has read the deal", () -> !robot.lookup("#saveButton").queryButton()
                    .isDisabled());
            robot.clickOn("#saveButton");
            window.awaitGone("#activityDialog");
            List<Activity> visits = activities(window, forklifts);
            assertEquals(1, visits.size());
            assertEquals(ActivityType.VISIT, visits.get(0).type());
            assertEquals(acme, visits.get(0).accountId());
            assertNotNull(visits.get(0).doneAt());

            // the deal's history shows it
            robot.clickOn(card(window, "Forklifts"), MouseButton.SECONDARY);
            robot.clickOn(window.await("#historyItem", Node.class));
            window.waitUntil("the history shows the visit", () -> historyEntries(window).stream()
                    .anyMatch(e -> e instanceof TimelineEntry.ActivityEntry a
                            && a.activity().activity().type() == ActivityType.VISIT));
            window.fx(() -> {
                robot.lookup("#historyDialog").query().getScene().getWindow().hide();
                return null;
            });

            // the agenda: the planned call is due; the visit is among the done ones, collapsed until opened
            robot.clickOn("#agendaButton");
            window.waitUntil("the agenda shows its groups", () -> robot.lookup("#agenda-done").tryQuery()
                    .isPresent());
            assertFalse(agendaSubjects(window).stream().anyMatch(s -> s.startsWith("Visit")),
                    "done items start collapsed");
            robot.clickOn("#agenda-done");
            window.waitUntil("the done visit shows", () -> agendaSubjects(window).stream()
                    .anyMatch(s -> s.startsWith("Visit")));

            // mark the call done and plan the next step in the same dialog
            robot.doubleClickOn(agendaCell(window, "Call about the quote"));
            window.await("#activityDialog", Node.class);
            window.waitUntil("the call is read", () -> !robot.lookup("#saveButton").queryButton().isDisabled());
            robot.clickOn("#doneField");
            robot.clickOn("#outcomeField").write("Wants a second quote");
            robot.clickOn("#nextStepField");
            robot.clickOn("#nextSubjectField").write("Send the second quote");
            robot.clickOn("#saveButton");
            window.awaitGone("#activityDialog");
            List<Activity> onLineUpgrade = activities(window, lineUpgrade);
            Activity doneCall = onLineUpgrade.stream().filter(a -> a.id().equals(call)).findFirst().orElseThrow();
            assertNotNull(doneCall.doneAt());
            assertEquals("Wants a second quote", doneCall.outcome());
            Activity next = onLineUpgrade.stream().filter(a -> a.subject().equals("Send the second quote"))
                    .findFirst().orElseThrow();
            assertEquals(null, next.doneAt());
            assertEquals(lineUpgrade, next.opportunityId());

            // the flag: Line upgrade is at Proposal without a decision maker, until one is named
            robot.clickOn("#boardButton");
            window.waitUntil("Line upgrade is flagged", () -> flagged(window, "Line upgrade"));
            assertFalse(flagged(window, "Forklifts"), "Prospecting is before Proposal");
            assertEquals("No decision maker, at Proposal or beyond", window.fx(() -> ((javafx.scene.control.Label)
                    card(window, "Line upgrade").lookup(".card-no-decision-maker")).getTooltip().getText()));
            robot.clickOn(card(window, "Line upgrade"), MouseButton.SECONDARY);
            robot.clickOn(window.await("#rolesItem", Node.class));
            window.await("#decisionMakerFlag", Node.class);
            window.waitUntil("the contact to choose is there", () -> !robot.lookup("#addRoleButton").queryButton()
                    .isDisabled());
            robot.clickOn("#addRoleButton");
            window.waitUntil("the dialog's flag is gone", () -> !robot.lookup("#decisionMakerFlag").query()
                    .isVisible());
            window.fx(() -> {
                robot.lookup("#rolesDialog").query().getScene().getWindow().hide();
                return null;
            });
            window.waitUntil("the card's flag is gone", () -> !flagged(window, "Line upgrade"));
            assertTrue(readRoles(window, lineUpgrade).contains(BuyingRole.DECISION_MAKER));
        }
    }

    private void seed(AppContext context) {
        UUID me = context.profile().profile().orElseThrow().me().id();
        List<PipelineStage> stages = context.pipelines().pipelinesWithStages().values().iterator().next();
        acme = context.accounts().create(Account.create("Acme Tools", me)).id();
        context.contacts().create(Contact.create(acme, "Grace Hopper"));
        forklifts = context.opportunities().create(Opportunity.create(acme, stages.get(0), "Forklifts",
                new Money(new BigDecimal("12500"), "EUR"), LocalDate.of(2030, 3, 31), me).withPosition(1), me).id();
        PipelineStage proposal = stages.stream().filter(s -> s.name().equals("Proposal")).findFirst().orElseThrow();
        lineUpgrade = context.opportunities().create(Opportunity.create(acme, proposal, "Line upgrade",
                new Money(new BigDecimal("8000"), "EUR"), LocalDate.of(2030, 3, 31), me).withPosition(1), me).id();
        call = context.activities().log(Activity.plan(ActivityType.CALL, "Call about the quote",
                Instant.now().plus(Duration.ofHours(2)), acme, null, lineUpgrade, me), null).activity().id();
    }

    private static List<Activity> activities(FieldbookWindow window, UUID opportunity) {
        return window.services().timeline().ofOpportunity(opportunity).entries().stream()
                .filter(e -> e instanceof TimelineEntry.ActivityEntry)
                .map(e -> ((TimelineEntry.ActivityEntry) e).activity().activity()).toList();
    }

    private static List<BuyingRole> readRoles(FieldbookWindow window, UUID opportunity) {
        return window.services().buyingRoles().roles(opportunity).roles().stream().map(r -> r.role().role()).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<TimelineEntry> historyEntries(FieldbookWindow window) {
        return window.robot.lookup("#historyList").tryQuery()
                .map(n -> List.copyOf(((ListView<TimelineEntry>) n).getItems())).orElse(List.of());
    }

    private static List<String> agendaSubjects(FieldbookWindow window) {
        return window.fx(() -> window.robot.lookup(".agenda-subject").queryAll().stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList());
    }

    private static Node agendaCell(FieldbookWindow window, String subject) {
        return window.fx(() -> window.robot.lookup(".agenda-subject").queryAll().stream()
                .filter(n -> subject.equals(((javafx.scene.control.Label) n).getText()) && n.isVisible())
                .findFirst().orElseThrow(() -> new AssertionError("no agenda line " + subject)));
    }

    private static boolean flagged(FieldbookWindow window, String title) {
        Node cell = card(window, title);
        return window.fx(() -> cell.lookup(".card-no-decision-maker").isVisible());
    }

    private static Node card(FieldbookWindow window, String title) {
        return window.fx(() -> window.robot.lookup(".card-cell").queryAll().stream()
                .filter(node -> node instanceof ListCell<?> cell && cell.getItem() instanceof BoardCard card
                        && card.opportunity().title().equals(title) && cell.isVisible())
                .findFirst().orElseThrow(() -> new AssertionError("no card " + title)));
    }
}
