package org.fieldbook.ui.activities;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;
import org.fieldbook.domain.ActivitySummary;
import org.fieldbook.service.ActivityService;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.ErrorReporter;

/**
 * Tells when open activities fall due while Fieldbook runs: each {@link #check()} reads the activities whose
 * due time passed since the previous check (by the injected clock) and hands each to the listener once.
 * Those already overdue at start are the agenda's business, not a notification's.
 */
public final class DueWatch {
    private final ActivityService activities;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Clock clock;
    private final Consumer<ActivitySummary> onDue;
    private Instant checkedUpTo;
    private boolean checking;

    public DueWatch(ActivityService activities, BackgroundRunner runner, ErrorReporter errors, Clock clock,
                    Consumer<ActivitySummary> onDue) {
        this.activities = activities;
        this.runner = runner;
        this.errors = errors;
        this.clock = clock;
        this.onDue = onDue;
        this.checkedUpTo = clock.instant();
    }

    /** Reads what fell due since the last check; a check still reading is not overtaken by another. */
    public void check() {
        if (checking) {
            return;
        }
        Instant from = checkedUpTo;
        Instant now = clock.instant();
        if (!now.isAfter(from)) {
            return;
        }
        checking = true;
        runner.run(() -> activities.fallingDue(from, now), due -> {
            checking = false;
            checkedUpTo = now;
            due.forEach(onDue);
        }, failure -> {
            checking = false;
            errors.report(failure);
        });
    }
}
