package org.fieldbook.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.fieldbook.SettableClock;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.Activity;
import org.fieldbook.domain.ActivityType;
import org.fieldbook.domain.BuyingRole;
import org.fieldbook.domain.Contact;
import org.fieldbook.domain.Lead;
import org.fieldbook.domain.LeadStatus;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.domain.SourceChannel;
import org.fieldbook.domain.Timeline;
import org.fieldbook.domain.TimelineEntry;
import org.fieldbook.store.Database;
import org.fieldbook.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Activities, buying roles, timelines and lead conversion against a real store with a clock the test moves. */
class FollowUpServicesTest {
    private static final Instant MONDAY = Instant.parse("2027-03-01T09:00:00Z");

    @TempDir
    Path folder;
    private Database database;
    private Store store;
    private final SettableClock clock = new SettableClock(MONDAY, ZoneOffset.UTC);
    private ActivityService activities;
    private BuyingRoleService roles;
    private LeadService leads;
    private TimelineService timeline;
    private OpportunityService opportunities;
    private List<PipelineStage> stages;
    private Account acme;
    private Contact grace;

    @BeforeEach
    void open() {
        database = Database.open(folder);
        store = database.store(clock);
        activities = new ActivityService(store);
        roles = new BuyingRoleService(store);
        leads = new LeadService(store);
        timeline = new TimelineService(store, ZoneOffset.UTC);
        opportunities = new OpportunityService(store);
        stages = new PipelineService(store).pipelinesWithStages().values().iterator().next();
        acme = new AccountService(store).create(Account.create("Acme Tools Ltd", null));
        grace = new ContactService(store).create(Contact.create(acme.id(), "Grace Hopper"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private PipelineStage stage(String name) {
        return stages.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private Opportunity deal(String title, String stage) {
        return opportunities.create(Opportunity.create(acme.id(), stage(stage), title,
                new Money(new BigDecimal("1000"), "EUR"), LocalDate.of(2027, 6, 30), null), null);
    }

    @Test
    void markingDoneStoresTheOutcomeAndTheNextStepTogether() {
        Activity call = activities.log(Activity.plan(ActivityType.CALL, "Call about pricing",
                MONDAY.plus(Duration.ofHours(2)), acme.id(), grace.id(), null, null), null).activity();
        var editing = activities.edit(call.id());
        Activity next = Activity.plan(ActivityType.VISIT, "Show the demo unit", MONDAY.plus(Duration.ofDays(3)),
                acme.id(), grace.id(), null, null);

        var logged = activities.update(editing, call.doneAt(MONDAY.plus(Duration.ofHours(3)), "Wants a visit"), next);

        assertEquals("Wants a visit", activities.edit(call.id()).original().outcome());
        assertNotNull(activities.edit(call.id()).original().doneAt());
        assertEquals(next.id(), logged.nextStep().id());
        assertEquals(List.of("Show the demo unit"), activities.agenda(null, MONDAY.plus(Duration.ofDays(1))).stream()
                .map(a -> a.activity().subject()).toList(), "done before the cut-off, the call leaves the agenda");
    }

    @Test
    void aNextStepWithoutASubjectRefusesTheWholeSave() {
        Activity call = Activity.plan(ActivityType.CALL, "Call", MONDAY, acme.id(), null, null, null);
        Activity next = Activity.plan(ActivityType.TASK, " ", MONDAY.plus(Duration.ofDays(1)), acme.id(), null, null,
                null);

        RuleViolation refused = assertThrows(RuleViolation.class, () -> activities.log(call, next));

        assertEquals("next.subject", refused.violations().get(0).field());
        assertEquals(List.of(), activities.agenda(null, Instant.EPOCH), "nothing half-saved");
    }

    @Test
    void activitiesFallDueBetweenTwoReadingsOfTheClock() {
        activities.log(Activity.plan(ActivityType.CALL, "Early", MONDAY.plus(Duration.ofMinutes(5)), acme.id(), null,
                null, null), null);
        activities.log(Activity.plan(ActivityType.CALL, "Later", MONDAY.plus(Duration.ofMinutes(50)), acme.id(),
                null, null, null), null);

        assertEquals(List.of("Early"), activities.fallingDue(MONDAY, MONDAY.plus(Duration.ofMinutes(10))).stream()
                .map(a -> a.activity().subject()).toList());
        assertEquals(List.of(), activities.fallingDue(MONDAY.plus(Duration.ofMinutes(10)),
                MONDAY.plus(Duration.ofMinutes(20))));
    }

    @Test
    void aDecisionMakerClearsTheFlagOfADealAtProposal() {
        Opportunity early = deal("Forklifts", "Prospecting");
        Opportunity late = deal("Line upgrade", "Proposal");
        assertFalse(roles.roles(early.id()).flagged(), "Prospecting is before Proposal");
        assertTrue(roles.roles(late.id()).flagged());

        roles.attach(late.id(), grace.id(), BuyingRole.INFLUENCER);
        assertTrue(roles.roles(late.id()).flagged(), "an influencer is no decision maker");
        var role = roles.attach(late.id(), grace.id(), BuyingRole.DECISION_MAKER);
        assertFalse(roles.roles(late.id()).flagged());
        assertThrows(RuleViolation.class, () -> roles.attach(late.id(), grace.id(), BuyingRole.DECISION_MAKER));

        roles.detach(role.id());
        assertTrue(roles.roles(late.id()).flagged());
    }

    @Test
    void theDecisionChainGroupsContactsByRoleWithTheirLastTouch() {
        Opportunity one = deal("Forklifts", "Prospecting");
        Opportunity two = deal("Service", "Proposal");
        Contact alan = new ContactService(store).create(Contact.create(acme.id(), "Alan Turing"));
        roles.attach(one.id(), grace.id(), BuyingRole.DECISION_MAKER);
        roles.attach(two.id(), grace.id(), BuyingRole.DECISION_MAKER);
        roles.attach(two.id(), alan.id(), BuyingRole.BLOCKER);
        Instant met = MONDAY.minus(Duration.ofDays(2));
        activities.log(Activity.plan(ActivityType.MEETING, "Lunch", met, acme.id(), grace.id(), null, null)
                .doneAt(met, "Good"), null);

        var chain = roles.decisionChain(acme.id());

        assertEquals(2, chain.members().size());
        var decider = chain.inRole(BuyingRole.DECISION_MAKER).get(0);
        assertEquals("Grace Hopper", decider.contactName());
        assertEquals(List.of("Forklifts", "Service"), decider.opportunities().stream().sorted().toList());
        assertEquals(met, decider.lastTouch());
        assertNull(chain.inRole(BuyingRole.BLOCKER).get(0).lastTouch());
    }

    @Test
    void anOpportunitysTimelineHasActivitiesMovesEditsAndDaysPerStage() {
        Opportunity forklifts = deal("Forklifts", "Prospecting");
        clock.advance(Duration.ofDays(4));
        opportunities.moveToStage(forklifts.id(), stage("Qualification").id(), null);
        clock.advance(Duration.ofDays(2));
        opportunities.update(opportunities.edit(forklifts.id()), forklifts.withTitle("40 forklifts")
                .movedTo(stage("Qualification"), clock.instant()), null);
        activities.log(Activity.plan(ActivityType.VISIT, "Visit the warehouse", clock.instant(), acme.id(), null,
                forklifts.id(), null).doneAt(clock.instant(), "Measured"), null);
        clock.advance(Duration.ofDays(1));

        Timeline history = timeline.ofOpportunity(forklifts.id());

        List<TimelineEntry> entries = history.entries();
        assertEquals(4, entries.size(), entries.toString());
        assertInstanceOf(TimelineEntry.ActivityEntry.class, entries.get(0));
        var edit = assertInstanceOf(TimelineEntry.FieldEdit.class, entries.get(1));
        assertEquals("title", edit.field());
        assertEquals("Forklifts", edit.oldValue());
        assertEquals("40 forklifts", edit.newValue());
        var move = assertInstanceOf(TimelineEntry.StageEntry.class, entries.get(2));
        assertEquals("Prospecting", move.fromStage());
        assertEquals(4L, move.daysInFrom());
        assertEquals(List.of(new Timeline.StageDays("Prospecting", 4, false),
                new Timeline.StageDays("Qualification", 3, true)), history.stageDays());
    }

    @Test
    void anAccountsTimelineShowsTheMovesOfItsDealsAndItsOwnEdits() {
        deal("Forklifts", "Prospecting");
        new AccountService(store).update(new AccountService(store).edit(acme.id()), acme.withName("Acme Tools"));

        var entries = timeline.ofAccount(acme.id()).entries();

        assertTrue(entries.stream().anyMatch(e -> e instanceof TimelineEntry.StageEntry s
                && s.opportunityTitle().equals("Forklifts")));
        assertTrue(entries.stream().anyMatch(e -> e instanceof TimelineEntry.FieldEdit f
                && f.oldValue().equals("Acme Tools Ltd") && f.newValue().equals("Acme Tools")));
        assertTrue(entries.stream().anyMatch(e -> e instanceof TimelineEntry.Created));
    }

    @Test
    void convertingALeadLinksTheExistingAccountInsteadOfMakingASecond() {
        Lead lead = leads.create(new Lead(UUID.randomUUID(), "Ada Byron", "ACME  tools, Inc.", "ada@acme.example",
                null, SourceChannel.WEBINAR, LeadStatus.QUALIFIED, 80, null, null, null, null));
        clock.advance(Duration.ofHours(5));
        activities.log(Activity.plan(ActivityType.CALL, "First call", clock.instant(), null, null, null, null)
                .withLead(lead.id()).doneAt(clock.instant(), "Interested"), null);
        clock.advance(Duration.ofDays(2));

        var matches = leads.matchingAccounts(lead.company());
        assertEquals(List.of(acme.id()), matches.stream().map(a -> a.account().id()).toList());
        var converted = leads.convert(new LeadService.Conversion(lead.id(), acme.id(), null, "Webinar follow-up",
                Money.of("5000", "EUR"), LocalDate.of(2027, 5, 1), stages.get(0).pipelineId(), null));

        assertFalse(converted.accountCreated());
        assertEquals(1, new AccountService(store).list().size(), "no duplicate account");
        Lead stored = leads.edit(lead.id()).original();
        assertEquals(LeadStatus.CONVERTED, stored.status());
        assertEquals(acme.id(), stored.convertedAccountId());
        assertEquals(converted.contact().id(), stored.convertedContactId());
        assertEquals(converted.opportunity().id(), stored.convertedOpportunityId());
        assertEquals(MONDAY.plus(Duration.ofHours(5)), stored.firstResponseAt(), "first response recorded");
        assertEquals(clock.instant(), stored.convertedAt(), "time to convert recorded");
        assertEquals(SourceChannel.WEBINAR, converted.opportunity().sourceChannel());
        assertEquals(stage("Prospecting").id(), converted.opportunity().stageId());
        assertEquals(1, opportunities.history(converted.opportunity().id()).size());
        var call = activities.ofLead(lead.id()).get(0).activity();
        assertEquals(acme.id(), call.accountId(), "the lead's activities move to the account");
        assertEquals(converted.opportunity().id(), call.opportunityId());
        assertThrows(RuleViolation.class, () -> leads.convert(new LeadService.Conversion(lead.id(), acme.id(), null,
                "Again", Money.of("1", "EUR"), LocalDate.of(2027, 5, 1), stages.get(0).pipelineId(), null)));
    }

    @Test
    void aRefusedConversionWritesNothing() {
        Lead lead = leads.create(Lead.create("Bo", "Nordwind GmbH", SourceChannel.EVENT, null));
        long changes = store.read(tx -> tx.changeLog().count());

        assertThrows(RuleViolation.class, () -> leads.convert(new LeadService.Conversion(lead.id(), null, "Nordwind",
                "Deal", Money.of("10", "EUR"), LocalDate.of(2027, 5, 1), UUID.randomUUID(), null)));

        assertEquals(changes, (long) store.read(tx -> tx.changeLog().count()));
        assertEquals(1, new AccountService(store).list().size());
    }
}
