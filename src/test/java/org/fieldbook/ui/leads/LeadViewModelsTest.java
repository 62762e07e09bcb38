package org.fieldbook.ui.leads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.Lead;
import org.fieldbook.domain.LeadStatus;
import org.fieldbook.domain.SourceChannel;
import org.fieldbook.service.LeadService;
import org.fieldbook.ui.common.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lead editor, the conversion form, the channel list and the inbox, without the toolkit. */
class LeadViewModelsTest {
    @TempDir
    Path dataFolder;
    private Fixture fx;

    @BeforeEach
    void open() {
        fx = Fixture.withProfile(dataFolder);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private LeadFormViewModel form() {
        return new LeadFormViewModel(fx.context.leads(), fx.context.pipelines(), fx.context.profile(), fx.runner,
                fx.errors, fx.messages, fx.undo, fx.revision, fx.announcer, fx.context.customFields(), fx.formats);
    }

    private ConvertLeadViewModel conversion() {
        return new ConvertLeadViewModel(fx.context.leads(), fx.context.pipelines(), fx.context.profile(), fx.runner,
                fx.errors, fx.messages, fx.formats, fx.revision, fx.announcer,
                Clock.fixed(Instant.parse("2030-01-10T09:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void aScoreOutsideZeroToHundredOrNotANumberIsRefusedAtItsField() {
        LeadFormViewModel vm = form();
        vm.startNew();
        vm.nameProperty().set("Ada");
        for (String wrong : new String[] {"101", "-1", "high"}) {
            vm.scoreProperty().set(wrong);
            assertEquals("validation.lead.score.range", vm.errors().of(LeadFormViewModel.SCORE), wrong);
            assertFalse(vm.save(saved -> { }));
        }
        vm.scoreProperty().set("70");
        assertTrue(vm.save(saved -> { }));
        Lead stored = fx.context.leads().list().get(0).lead();
        assertEquals(70, stored.score());
        assertEquals(fx.context.profile().profile().orElseThrow().me().id(), stored.ownerId(), "mine by default");
    }

    @Test
    void aNewLeadIsUndoneByCtrlZAndAnEditKeepsTheTeamsOwnChannel() {
        fx.context.leads().addChannel("Trade fair");
        LeadFormViewModel vm = form();
        vm.startNew();
        vm.nameProperty().set("Ada");
        vm.channelProperty().set(new ChannelChoice(null, "Trade fair"));
        assertTrue(vm.save(saved -> { }));
        Lead stored = fx.context.leads().list().get(0).lead();
        assertEquals("Trade fair", stored.customChannel());

        LeadFormViewModel edit = form();
        edit.startEdit(stored.id());
        assertEquals(new ChannelChoice(null, "Trade fair"), edit.channelProperty().get());
        edit.statusProperty().set(LeadStatus.WORKING);
        assertTrue(edit.save(saved -> { }));
        Lead edited = fx.context.leads().edit(stored.id()).original();
        assertEquals(LeadStatus.WORKING, edited.status());
        assertEquals("Trade fair", edited.customChannel());

        fx.undoLast();
        fx.undoLast();
        assertTrue(fx.context.leads().list().isEmpty(), "both the edit and the new lead are taken back");
    }

    @Test
    void conversionOffersTheAccountOfTheSameCompanyAndOtherwiseANewOne() {
        Account acme = fx.context.accounts().create(Account.create("Acme Ltd", null));
        Lead grace = fx.context.leads().create(Lead.create("Grace", "acme inc.", SourceChannel.EVENT, null));
        Lead linus = fx.context.leads().create(Lead.create("Linus", "Kernel Oy", SourceChannel.EVENT, null));

        ConvertLeadViewModel toAcme = conversion();
        toAcme.start(grace.id());
        assertTrue(toAcme.linkExistingProperty().get());
        assertEquals(acme.id(), toAcme.existingAccountProperty().get().id());
        assertFalse(toAcme.convert(done -> { }), "no amount yet");
        toAcme.amountProperty().set("1,200");
        LeadService.Converted[] result = new LeadService.Converted[1];
        assertTrue(toAcme.convert(done -> result[0] = done));
        assertFalse(result[0].accountCreated());
        assertEquals(acme.id(), result[0].account().id());
        assertEquals(java.time.LocalDate.of(2030, 4, 10), result[0].opportunity().expectedClose());

        ConvertLeadViewModel toNew = conversion();
        toNew.start(linus.id());
        assertFalse(toNew.hasMatchProperty().get());
        assertFalse(toNew.linkExistingProperty().get());
        assertEquals("Kernel Oy", toNew.newAccountNameProperty().get());
        toNew.newAccountNameProperty().set(" ");
        assertEquals("validation.account.required", toNew.errors().of(ConvertLeadViewModel.ACCOUNT));
        toNew.newAccountNameProperty().set("Kernel Oy");
        toNew.amountProperty().set("0");
        assertTrue(toNew.convert(done -> result[0] = done));
        assertTrue(result[0].accountCreated());
        assertEquals(2, fx.context.accounts().list().size());
    }

    @Test
    void aChannelNamedLikeABuiltInOneOrTwiceIsRefused() {
        ChannelsViewModel vm = new ChannelsViewModel(fx.context.leads(), fx.runner, fx.errors, fx.messages,
                fx.revision);
        vm.load();
        vm.newNameProperty().set("E-mail campaign"); // a built-in channel's English name
        assertFalse(vm.add());
        assertEquals(fx.messages.get("validation.channel.exists"), vm.problemProperty().get());
        vm.newNameProperty().set("Trade fair");
        assertTrue(vm.add());
        assertEquals(1, vm.own().size());
        vm.newNameProperty().set("trade FAIR");
        assertFalse(vm.add());
        vm.remove(vm.own().get(0));
        assertTrue(vm.own().isEmpty());
        assertTrue(fx.reported.isEmpty(), fx.reported.toString());
    }

    @Test
    void theInboxSearchFindsALeadByItsChannelInTheUsersLanguage() {
        fx.context.leads().create(Lead.create("Ada", "Analytical Engines", SourceChannel.COLD_CALL, null));
        fx.context.leads().create(Lead.create("Grace", "Navy", SourceChannel.WEBINAR, null));
        LeadsViewModel vm = new LeadsViewModel(fx.context.leads(), fx.runner, fx.errors, fx.messages, fx.undo,
                fx.revision, fx.announcer);
        vm.shown();
        vm.filterProperty().set("cold call");
        assertEquals(1, vm.shownRows().size());
        assertEquals("Ada", vm.shownRows().get(0).lead().name());
        assertNull(vm.shownRows().get(0).accountName());
    }
}
