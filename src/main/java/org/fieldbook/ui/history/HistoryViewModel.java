package org.fieldbook.ui.history;

import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.fieldbook.domain.Timeline;
import org.fieldbook.service.TimelineService;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.ErrorReporter;
import org.fieldbook.ui.common.FollowUp;

/** A record's history, read in the background. */
public final class HistoryViewModel {
    private final TimelineService timelines;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final ReadOnlyObjectWrapper<Timeline> timeline = new ReadOnlyObjectWrapper<>();

    public HistoryViewModel(TimelineService timelines, BackgroundRunner runner, ErrorReporter errors) {
        this.timelines = timelines;
        this.runner = runner;
        this.errors = errors;
    }

    public void load(FollowUp.Subject subject, UUID id) {
        runner.run(() -> switch (subject) {
            case ACCOUNT -> timelines.ofAccount(id);
            case CONTACT -> timelines.ofContact(id);
            case OPPORTUNITY -> timelines.ofOpportunity(id);
        }, timeline::set, errors::report);
    }

    public ReadOnlyObjectProperty<Timeline> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }
}
