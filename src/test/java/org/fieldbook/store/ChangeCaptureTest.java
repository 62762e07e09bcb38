package org.fieldbook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.LongStream;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.Contact;
import org.fieldbook.domain.Editing;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.OpportunityStatus;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.domain.SalesRep;
import org.fieldbook.domain.TimeOrderedId;
import org.fieldbook.service.OpportunityService;
import org.fieldbook.store.change.ChangeOp;
import org.fieldbook.store.change.ChangeRecord;
import org.fieldbook.store.change.ChangeValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeCaptureTest {
    @TempDir
    Path folder;
    Database database;
    Store store;

    @BeforeEach
    void open() {
        database = Database.open(folder);
        store = database.store();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private List<ChangeRecord> outbox() {
        return store.read(tx -> tx.changeLog().outboxAfter(0, Integer.MAX_VALUE));
    }

    private Account newAccount(String name) {
        return store.write(tx -> tx.accounts().insert(Account.create(name, null)));
    }

    @Test
    void theOutboxIsReadInPagesThatFollowEachOtherWithoutAGap() {
        for (int i = 0; i < 12; i++) {
            newAccount("Account " + i);
        }
        List<Long> pages = new java.util.ArrayList<>();
        long after = 0;
        while (true) {
            long from = after;
            List<ChangeRecord> page = store.read(tx -> tx.changeLog().outboxAfter(from, 5));
            if (page.isEmpty()) {
                break;
            }
            page.forEach(change -> pages.add(change.deviceSeq()));
            after = page.get(page.size() - 1).deviceSeq();
        }
        assertEquals(java.util.stream.LongStream.rangeClosed(1, 12).boxed().toList(), pages);
        assertEquals(12L, (long) store.read(tx -> tx.changeLog().lastOwnSeq()));
    }

    @Test
    void creatingARowWritesOneCreateWithEveryFieldAndNoBases() {
        Account account = newAccount("Acme Tools Ltd");

        List<ChangeRecord> changes = outbox();
        assertEquals(1, changes.size());
        ChangeRecord create = changes.get(0);
        assertEquals(ChangeOp.CREATE, create.op());
        assertEquals("account", create.entity());
        assertEquals(account.id(), create.rowId());
        assertNull(create.field());
        assertEquals(Set.of(), create.bases());
        assertEquals(ChangeRecord.FORMAT, create.format());
        assertEquals(store.schemaVersion(), create.schemaVersion());
        var row = ChangeValues.parse(create.valueJson());
        assertEquals("Acme Tools Ltd", row.get("name").asText());
        assertTrue(row.has("industry") && row.get("industry").isNull());
        assertTrue(row.has("created_at"));
    }

    @Test
    void editingWritesOneSetPerChangedFieldWithTheVersionsTheEditorStartedFrom() {
        Account account = newAccount("Acme");
        UUID createId = outbox().get(0).changeId();
        Editing<Account> editing = store.read(tx -> tx.accounts().edit(account.id()));
        Account edited = new Account(account.id(), "Acme Corp", "Manufacturing", account.employees(),
                account.region(), account.address(), account.website(), account.phone(), account.ownerId(),
                account.tier(), account.sourceChannel(), null, null);

        store.write(tx -> tx.accounts().update(editing, edited));

        List<ChangeRecord> sets = outbox().subList(1, outbox().size());
        assertEquals(2, sets.size());
        assertEquals(Set.of("name", "industry"), Set.of(sets.get(0).field(), sets.get(1).field()));
        for (ChangeRecord set : sets) {
            assertEquals(ChangeOp.SET, set.op());
            assertEquals(Set.of(createId), ids(set.bases()));
        }
        assertEquals("\"Acme Corp\"", sets.stream().filter(s -> s.field().equals("name")).findFirst()
                .orElseThrow().valueJson());
    }

    @Test
    void aSecondEditOfAFieldHasTheFirstEditAsItsBase() {
        Account account = newAccount("Acme");
        store.write(tx -> tx.accounts().update(account.withName("Acme 2")));
        UUID firstEdit = outbox().get(1).changeId();

        store.write(tx -> tx.accounts().update(account.withName("Acme 3")));

        ChangeRecord second = outbox().get(2);
        assertEquals(Set.of(firstEdit), ids(second.bases()));
        assertEquals(Set.of(second.version()),
                store.read(tx -> tx.accounts().versions(account.id())).basesFor("name"));
    }

    @Test
    void twoEditorsThatStartedFromTheSameValueLeaveBothValuesInTheFrontier() {
        Account account = newAccount("Acme");
        Editing<Account> first = store.read(tx -> tx.accounts().edit(account.id()));
        Editing<Account> second = store.read(tx -> tx.accounts().edit(account.id()));

        store.write(tx -> tx.accounts().update(first, account.withName("Acme North")));
        store.write(tx -> tx.accounts().update(second, account.withName("Acme South")));

        var versions = store.read(tx -> tx.accounts().versions(account.id()));
        assertEquals(2, versions.basesFor("name").size(), "a concurrent edit is kept, not overwritten");
        assertTrue(versions.hasConflict());
    }

    @Test
    void savingWithoutChangesWritesNothing() {
        Account account = newAccount("Acme");
        Editing<Account> editing = store.read(tx -> tx.accounts().edit(account.id()));

        store.write(tx -> tx.accounts().update(editing, editing.original()));

        assertEquals(1, outbox().size());
    }

    @Test
    void anAmountWithOtherTrailingZerosIsNotAChange() {
        var stage = prospecting();
        Account account = newAccount("Acme");
        Opportunity opportunity = store.write(tx -> tx.opportunities().insert(Opportunity.create(account.id(),
                stage, "Pumps", Money.of("1200", "EUR"), LocalDate.of(2027, 1, 31), null)));
        long before = outbox().size();

        store.write(tx -> tx.opportunities().update(opportunity.withAmount(Money.of("1200.00", "EUR"))));

        assertEquals(before, outbox().size());
        assertEquals(0, new BigDecimal("1200").compareTo(
                store.read(tx -> tx.opportunities().get(opportunity.id())).amount().amount()));
    }

    @Test
    void deleteAndRestoreAreTombstoneChangesAndTheRowStays() {
        Account account = newAccount("Acme");
        store.write(tx -> tx.accounts().update(account.withName("Acme Ltd")));
        Set<UUID> seen = Set.of(outbox().get(0).changeId(), outbox().get(1).changeId());

        store.writeVoid(tx -> tx.accounts().delete(account.id()));
        ChangeRecord delete = outbox().get(2);
        assertEquals(ChangeOp.DELETE, delete.op());
        assertEquals(seen, ids(delete.bases()), "a delete names every value it saw");
        assertTrue(store.read(tx -> tx.accounts().find(account.id())).isEmpty());
        assertTrue(store.read(tx -> tx.accounts().findIncludingDeleted(account.id())).isPresent());

        store.write(tx -> tx.accounts().restore(account.id()));
        ChangeRecord restore = outbox().get(3);
        assertEquals(ChangeOp.RESTORE, restore.op());
        assertEquals(Set.of(delete.version()), restore.bases());
        assertEquals("Acme Ltd", store.read(tx -> tx.accounts().get(account.id())).name());
    }

    @Test
    void movingAnOpportunityRecordsTheStageChangeAndTheFieldsInOneTransaction() {
        var stages = store.read(tx -> tx.stages().ofPipeline(tx.pipelines().inOrder().get(0).id()));
        Account account = newAccount("Acme");
        SalesRep rep = store.write(tx -> tx.reps().insert(new SalesRep(TimeOrderedId.next(), "Ana", null, null,
                null)));
        var service = new OpportunityService(store);
        Opportunity opportunity = service.create(Opportunity.create(account.id(), stages.get(0), "Pumps",
                Money.of("1000", "EUR"), LocalDate.of(2027, 1, 31), rep.id()), rep.id());
        long before = outbox().size();
        PipelineStage won = stages.stream().filter(s -> s.name().equals("Won")).findFirst().orElseThrow();

        Opportunity moved = service.moveToStage(opportunity.id(), won.id(), rep.id());

        List<ChangeRecord> changes = outbox().subList((int) before, outbox().size());
        assertEquals(OpportunityStatus.WON, moved.status());
        assertEquals(1, changes.stream().filter(c -> c.entity().equals("stage_change")
                && c.op() == ChangeOp.CREATE).count());
        assertEquals(Set.of("stage_id", "status", "closed_at"), changes.stream()
                .filter(c -> c.entity().equals("opportunity")).map(ChangeRecord::field)
                .collect(java.util.stream.Collectors.toSet()));
        assertEquals(2, store.read(tx -> tx.stageChanges().ofOpportunity(opportunity.id())).size());
    }

    @Test
    void aRolledBackWriteLeavesNoChangeAndNoUsedSequenceNumber() {
        newAccount("Before");
        assertThrows(IllegalStateException.class, () -> store.writeVoid(tx -> {
            tx.accounts().insert(Account.create("Lost", null));
            tx.contacts().insert(Contact.create(null, "Lost contact"));
            throw new IllegalStateException("the user cancelled");
        }));
        newAccount("After");

        List<ChangeRecord> changes = outbox();
        assertEquals(2, changes.size());
        assertEquals(List.of(1L, 2L), changes.stream().map(ChangeRecord::deviceSeq).toList());
        assertEquals(2L, (long) store.read(tx -> tx.accounts().countLive()));
        assertEquals(0L, (long) store.read(tx -> tx.contacts().countLive()));
    }

    @Test
    void sequenceNumbersAreGapFreeAndTheClockNeverGoesBackAcrossReopen() {
        for (int i = 0; i < 5; i++) {
            newAccount("Account " + i);
        }
        database.close();
        database = Database.open(folder);
        store = database.store(java.time.Clock.fixed(java.time.Instant.EPOCH, java.time.ZoneOffset.UTC));
        newAccount("Written with a clock far behind");

        List<ChangeRecord> changes = outbox();
        assertEquals(LongStream.rangeClosed(1, 6).boxed().toList(),
                changes.stream().map(ChangeRecord::deviceSeq).toList());
        for (int i = 1; i < changes.size(); i++) {
            assertTrue(changes.get(i).hlc().compareTo(changes.get(i - 1).hlc()) > 0,
                    "hybrid clock increases even when the wall clock stands behind");
        }
    }

    @Test
    void listenersHearOfCommittedLocalChangesOnly() {
        List<Integer> heard = new java.util.ArrayList<>();
        store.onLocalChanges(heard::add);

        newAccount("One");
        store.read(tx -> tx.accounts().all());
        assertThrows(IllegalStateException.class, () -> store.writeVoid(tx -> {
            tx.accounts().insert(Account.create("Rolled back", null));
            throw new IllegalStateException("cancelled");
        }));
        store.writeVoid(tx -> tx.accounts().insertAll(List.of(Account.create("Two", null),
                Account.create("Three", null))));

        assertEquals(List.of(1, 2), heard);
    }

    @Test
    void insertOnlyRowsCannotBeEdited() {
        var stage = prospecting();
        Account account = newAccount("Acme");
        var service = new OpportunityService(store);
        Opportunity opportunity = service.create(Opportunity.create(account.id(), stage, "Pumps",
                Money.of("10", "EUR"), LocalDate.of(2027, 1, 1), null), null);
        var change = store.read(tx -> tx.stageChanges().ofOpportunity(opportunity.id())).get(0);

        assertThrows(IllegalStateException.class, () -> store.write(tx -> tx.stageChanges().update(change)));
    }

    @Test
    void everyKindOfEntityIsCapturedWithItsOwnName() {
        store.writeVoid(tx -> {
            var rep = tx.reps().insert(new SalesRep(TimeOrderedId.next(), "Ana", null, null, null));
            var account = tx.accounts().insert(Account.create("Acme", rep.id()));
            tx.contacts().insert(Contact.create(account.id(), "Bo"));
        });

        assertEquals(List.of("sales_rep", "account", "contact"),
                outbox().stream().map(ChangeRecord::entity).toList());
        assertFalse(outbox().stream().anyMatch(c -> c.op() != ChangeOp.CREATE));
    }

    @Test
    void theFollowUpWritesAreCapturedEachWithItsChanges() {
        var stage = prospecting();
        Account account = newAccount("Acme");
        Contact grace = store.write(tx -> tx.contacts().insert(Contact.create(account.id(), "Grace")));
        var activities = new org.fieldbook.service.ActivityService(store);
        var roles = new org.fieldbook.service.BuyingRoleService(store);
        var leads = new org.fieldbook.service.LeadService(store);
        Opportunity deal = new OpportunityService(store).create(Opportunity.create(account.id(), stage, "Pumps",
                Money.of("10", "EUR"), LocalDate.of(2027, 1, 1), null), null);
        var at = java.time.Instant.parse("2027-01-01T10:00:00Z");

        long mark = outbox().size();
        var logged = activities.log(org.fieldbook.domain.Activity.plan(org.fieldbook.domain.ActivityType.CALL,
                "Call", at, account.id(), grace.id(), deal.id(), null), null);
        assertEquals(List.of("activity:CREATE"), since(mark));

        mark = outbox().size();
        activities.update(activities.edit(logged.activity().id()), logged.activity().doneAt(at, "Yes"),
                org.fieldbook.domain.Activity.plan(org.fieldbook.domain.ActivityType.VISIT, "Visit", at.plusSeconds(
                        86_400), account.id(), grace.id(), deal.id(), null));
        assertEquals(List.of("activity:SET:done_at", "activity:SET:outcome", "activity:CREATE"), since(mark),
                "marked done and the next step, in one transaction");

        mark = outbox().size();
        activities.delete(logged.activity().id());
        activities.restore(logged.activity().id());
        assertEquals(List.of("activity:DELETE", "activity:RESTORE"), since(mark));

        mark = outbox().size();
        var role = roles.attach(deal.id(), grace.id(), org.fieldbook.domain.BuyingRole.DECISION_MAKER);
        roles.detach(role.id());
        assertEquals(List.of("opportunity_contact:CREATE", "opportunity_contact:DELETE"), since(mark));

        mark = outbox().size();
        var lead = leads.create(org.fieldbook.domain.Lead.create("Ada", "Acme Ltd",
                org.fieldbook.domain.SourceChannel.WEBINAR, null));
        leads.update(leads.edit(lead.id()), lead.withDetails("Ada Byron", lead.company(), null, null,
                lead.sourceChannel(), org.fieldbook.domain.LeadStatus.WORKING, 70, null));
        assertEquals(List.of("lead:CREATE", "lead:SET:name", "lead:SET:status", "lead:SET:score"), since(mark));

        mark = outbox().size();
        activities.log(org.fieldbook.domain.Activity.plan(org.fieldbook.domain.ActivityType.EMAIL, "Hello", at,
                null, null, null, null).withLead(lead.id()).doneAt(at, null), null);
        assertEquals(List.of("activity:CREATE", "lead:SET:first_response_at"), since(mark),
                "the lead's first response is a captured field");

        mark = outbox().size();
        leads.convert(new org.fieldbook.service.LeadService.Conversion(lead.id(), account.id(), null, "Deal",
                Money.of("5", "EUR"), LocalDate.of(2027, 2, 1), stage.pipelineId(), null));
        List<String> conversion = since(mark);
        assertTrue(conversion.containsAll(List.of("contact:CREATE", "opportunity:CREATE", "stage_change:CREATE",
                "activity:SET:account_id", "activity:SET:contact_id", "activity:SET:opportunity_id",
                "lead:SET:status", "lead:SET:converted_at", "lead:SET:converted_opportunity_id",
                "lead:SET:converted_account_id", "lead:SET:converted_contact_id")), conversion.toString());
        assertFalse(conversion.contains("account:CREATE"), "the existing account is linked, not copied");
    }

    @Test
    void theLeadsAndCustomFieldWritesAreCapturedEachWithItsChanges() {
        var leads = new org.fieldbook.service.LeadService(store);
        var fields = new org.fieldbook.service.CustomFieldService(store);
        var accounts = new org.fieldbook.service.AccountService(store);

        long mark = outbox().size();
        var fair = leads.addChannel("Trade fair");
        leads.removeChannel(fair.id());
        assertEquals(List.of("custom_channel:CREATE", "custom_channel:DELETE"), since(mark));

        mark = outbox().size();
        var lead = leads.create(org.fieldbook.domain.Lead.create("Ada", "Acme", null, null)
                .withChannel(null, "Trade fair"));
        var started = leads.edit(lead.id());
        leads.update(started, started.original().withChannel(org.fieldbook.domain.SourceChannel.WEBINAR, null));
        assertEquals(List.of("lead:CREATE", "lead:SET:source_channel"), since(mark));
        assertEquals("WEBINAR", outbox().get(outbox().size() - 1).valueJson().replace("\"", ""),
                "a built-in channel is stored by its constant's name, as before");

        mark = outbox().size();
        var po = fields.add(org.fieldbook.domain.CustomFieldDefinition.create("account", "Purchase order",
                org.fieldbook.domain.CustomFieldType.TEXT, List.of(), 0, true));
        var size = fields.add(org.fieldbook.domain.CustomFieldDefinition.create("account", "Fleet size",
                org.fieldbook.domain.CustomFieldType.NUMBER, List.of(), 0, false));
        fields.update(po.edited("PO number", po.type(), po.options(), false));
        fields.move(size.id(), -1);
        assertEquals(List.of("custom_field:CREATE", "custom_field:CREATE", "custom_field:SET:label",
                "custom_field:SET:required", "custom_field:SET:position", "custom_field:SET:position"), since(mark));

        mark = outbox().size();
        Account acme = accounts.create(Account.create("Acme", null)
                .withCustomFields(org.fieldbook.domain.CustomValues.NONE.with(po.key(), "PO-1")));
        var editing = accounts.edit(acme.id());
        accounts.update(editing, editing.original().withCustomFields(editing.original().customFields()
                .with(size.key(), "12")));
        var unchanged = accounts.edit(acme.id());
        accounts.update(unchanged, unchanged.original().withName("Acme"));
        assertEquals(List.of("account:CREATE", "account:SET:custom_fields"), since(mark),
                "custom values are one captured field; saving them unchanged writes nothing");
        assertEquals("12", accounts.edit(acme.id()).original().customFields().get(size.key()));
        assertEquals(1, fields.recordsUsing(size.id()));

        mark = outbox().size();
        fields.remove(po.id());
        assertEquals(List.of("custom_field:DELETE"), since(mark));
    }

    private List<String> since(long mark) {
        return outbox().subList((int) mark, outbox().size()).stream()
                .map(c -> c.entity() + ":" + c.op() + (c.field() == null ? "" : ":" + c.field())).toList();
    }

    private static Set<UUID> ids(Set<org.fieldbook.domain.Version> versions) {
        return versions.stream().map(org.fieldbook.domain.Version::changeId).collect(java.util.stream.Collectors.toSet());
    }

    private PipelineStage prospecting() {
        return store.read(tx -> tx.stages().ofPipeline(tx.pipelines().inOrder().get(0).id()).get(0));
    }
}
