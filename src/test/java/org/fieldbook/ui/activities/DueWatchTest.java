package org.fieldbook.ui.activities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.fieldbook.SettableClock;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.Activity;
import org.fieldbook.domain.ActivitySummary;
import org.fieldbook.domain.ActivityType;
import org.fieldbook.service.AccountService;
import org.fieldbook.service.ActivityService;
import org.fieldbook.store.Database;
import org.fieldbook.ui.common.BackgroundRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The due notification, driven by a clock the test moves: no sleeping, no timer. */
class DueWatchTest {
    private static final Instant NINE = Instant.parse("2027-03-01T09:00:00Z");

    @TempDir
    Path folder;
    private Database database;
    private ActivityService activities;
    private Account acme;
    private final SettableClock clock = new SettableClock(NINE, ZoneOffset.UTC);
    private final List<String> notified = new ArrayList<>();
    private DueWatch watch;

    @BeforeEach
    void open() {
        database = Database.open(folder);
        var store = database.store(clock);
        activities = new ActivityService(store);
        acme = new AccountService(store).create(Account.create("Acme", null));
        watch = new DueWatch(activities, BackgroundRunner.inline(), failure -> {
            throw new AssertionError(failure);
        }, clock, (ActivitySummary due) -> notified.add(due.activity().subject()));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Activity plan(String subject, Duration fromNine) {
        return activities.log(Activity.plan(ActivityType.CALL, subject, NINE.plus(fromNine), acme.id(), null, null,
                null), null).activity();
    }

    @Test
    void anActivityRaisesOneNotificationWhenItFallsDue() {
        plan("Call Grace", Duration.ofMinutes(10));
        plan("Call Alan", Duration.ofHours(2));

        clock.advance(Duration.ofMinutes(5));
        watch.check();
        assertEquals(List.of(), notified, "not due yet");

        clock.advance(Duration.ofMinutes(6));
        watch.check();
        assertEquals(List.of("Call Grace"), notified);

        clock.advance(Duration.ofMinutes(1));
        watch.check();
        assertEquals(List.of("Call Grace"), notified, "once, not at every check");

        clock.advance(Duration.ofHours(3));
        watch.check();
        assertEquals(List.of("Call Grace", "Call Alan"), notified);
    }

    @Test
    void onlyTheUsersOwnAndUnassignedActivitiesRaiseNotifications() {
        var profiles = new org.fieldbook.service.ProfileService(database.store(clock));
        java.util.UUID me = profiles.setUp("Ada Lovelace", "EUR").me().id();
        java.util.UUID colleague = database.store(clock).write(tx -> tx.reps().insert(
                new org.fieldbook.domain.SalesRep(org.fieldbook.domain.TimeOrderedId.next(), "Bo", null, null,
                        null))).id();
        activities.log(Activity.plan(ActivityType.CALL, "My call", NINE.plus(Duration.ofMinutes(10)), acme.id(),
                null, null, me), null);
        activities.log(Activity.plan(ActivityType.CALL, "Bo's call", NINE.plus(Duration.ofMinutes(10)), acme.id(),
                null, null, colleague), null);
        plan("Nobody's call", Duration.ofMinutes(10));

        clock.advance(Duration.ofMinutes(11));
        watch.check();
        assertEquals(List.of("My call", "Nobody's call"), notified.stream().sorted().toList());
    }

    @Test
    void anActivityDoneBeforeItFallsDueRaisesNothing() {
        Activity call = plan("Call Grace", Duration.ofMinutes(10));
        activities.update(activities.edit(call.id()), call.doneAt(NINE.plusSeconds(60), "Reached her early"), null);

        clock.advance(Duration.ofMinutes(30));
        watch.check();

        assertEquals(List.of(), notified);
    }

    @Test
    void whatWasOverdueAtStartIsTheAgendasNotANotification() {
        plan("Yesterday's call", Duration.ofHours(-20));
        watch = new DueWatch(activities, BackgroundRunner.inline(), failure -> {
            throw new AssertionError(failure);
        }, clock, due -> notified.add(due.activity().subject()));

        clock.advance(Duration.ofMinutes(1));
        watch.check();

        assertEquals(List.of(), notified);
    }
}
