package org.fieldbook.ui.activities;

import java.time.Clock;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.fieldbook.domain.ActivitySummary;
import org.fieldbook.service.ActivityService;
import org.fieldbook.ui.common.ActivityIcons;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.ErrorReporter;
import org.fieldbook.ui.common.FollowUp;
import org.fieldbook.ui.common.Formats;
import org.fieldbook.ui.common.Messages;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * While the window is open, looks every 30 seconds for activities that fell due and shows a ControlsFX
 * notification for each; clicking it opens the activity.
 */
public final class DueNotifier {
    static final Duration EVERY = Duration.seconds(30);

    private final DueWatch watch;
    private final Messages messages;
    private final Formats formats;
    private final FollowUp followUp;
    private final Timeline ticks;
    private int shown;

    public DueNotifier(ActivityService activities, BackgroundRunner runner, ErrorReporter errors, Clock clock,
                       Messages messages, Formats formats, FollowUp followUp) {
        this.messages = messages;
        this.formats = formats;
        this.followUp = followUp;
        this.watch = new DueWatch(activities, runner, errors, clock, this::notify);
        ticks = new Timeline(new KeyFrame(EVERY, event -> watch.check()));
        ticks.setCycleCount(Animation.INDEFINITE);
    }

    public void start() {
        ticks.play();
    }

    public void stop() {
        ticks.stop();
    }

    /** Looks now instead of at the next tick. */
    public void checkNow() {
        watch.check();
    }

    /** How many notifications were shown. */
    public int shown() {
        return shown;
    }

    private void notify(ActivitySummary due) {
        shown++;
        var activity = due.activity();
        Notifications.create()
                .title(messages.get("notification.due.title", messages.name(activity.type()),
                        formats.time(activity.dueAt())))
                .text(activity.subject() + (due.about().isEmpty() ? "" : "\n" + due.about()))
                .graphic(new FontIcon(ActivityIcons.of(activity.type())))
                .hideAfter(Duration.seconds(20))
                .onAction(event -> followUp.openActivity(null, activity.id(), () -> { }))
                .show();
    }
}
