package org.fieldbook.ui.approvals;

import java.util.function.Consumer;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.fieldbook.ui.approvals.ApprovalsViewModel.Row;
import org.fieldbook.ui.common.Announcer;
import org.fieldbook.ui.common.Messages;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Tells the rep that a decision on one of their requests arrived (by sync, usually): a notification that opens
 * the Approvals screen, and the same line in the status bar.
 */
public final class DecisionNotifier implements Consumer<Row> {
    private final Messages messages;
    private final Announcer announcer;
    private final Runnable openApprovals;
    private int shown;

    public DecisionNotifier(Messages messages, Announcer announcer, Runnable openApprovals) {
        this.messages = messages;
        this.announcer = announcer;
        this.openApprovals = openApprovals;
    }

    @Override
    public void accept(Row decided) {
        shown++;
        String title = messages.get("approvals.notification.title", decided.status(), decided.deal());
        announcer.announce(title);
        Notifications.create()
                .title(title)
                .text(decided.action() + "\n" + decided.decision())
                .graphic(new FontIcon("mdoal-assignment_turned_in"))
                .hideAfter(Duration.seconds(20))
                .onAction(event -> openApprovals.run())
                .show();
    }

    /** How many decisions were announced. */
    public int shown() {
        return shown;
    }
}
