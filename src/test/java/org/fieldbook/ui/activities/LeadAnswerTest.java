package org.fieldbook.ui.activities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.fieldbook.domain.ActivityType;
import org.fieldbook.domain.Lead;
import org.fieldbook.domain.SourceChannel;
import org.fieldbook.ui.common.ActivityContext;
import org.fieldbook.ui.common.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A call logged from the leads inbox (a lead, no account yet) answers the lead: its first response. */
class LeadAnswerTest {
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

    @Test
    void aDoneCallOnALeadWithoutAnAccountIsSavedAndIsItsFirstResponse() {
        Lead lead = fx.context.leads().create(Lead.create("Grace", "Navy", SourceChannel.WEBINAR, null));
        // a call done two hours ago (a done time in the store clock's future would count as now)
        Instant now = Instant.now().minusSeconds(7200).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        ActivityFormViewModel vm = new ActivityFormViewModel(fx.context.activities(), fx.context.accounts(),
                fx.context.profile(), fx.runner, fx.errors, fx.messages, fx.undo, fx.revision, fx.announcer,
                Clock.fixed(now, ZoneOffset.UTC));
        vm.startNew(new ActivityContext(null, null, null, lead.id(), ActivityType.CALL));
        vm.subjectProperty().set("First call");
        vm.doneProperty().set(true);
        assertTrue(vm.save(logged -> { }), fx.reported.toString());
        assertTrue(fx.reported.isEmpty(), fx.reported.toString());

        Lead answered = fx.context.leads().edit(lead.id()).original();
        assertEquals(now, answered.firstResponseAt());
        assertNull(fx.context.leads().list().get(0).accountName(), "still a lead, not converted");
    }
}
