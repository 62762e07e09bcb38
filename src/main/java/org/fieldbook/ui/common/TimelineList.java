package org.fieldbook.ui.common;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fieldbook.domain.Activity;
import org.fieldbook.domain.ActivityType;
import org.fieldbook.domain.Timeline;
import org.fieldbook.domain.TimelineEntry;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A record's history as a virtualised list, newest first: activities (planned ones marked), stage moves with
 * the days spent before, field edits old → new, and the creation. Only the rows in view are drawn, so a
 * timeline of thousands of entries opens as fast as one of ten.
 */
public final class TimelineList {
    static final double ROW_HEIGHT = 54;

    private final ListView<TimelineEntry> list = new ListView<>();
    private final Messages messages;
    private final Formats formats;
    private final ValueText values;
    private boolean dealTitles = true;

    public TimelineList(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
        this.values = new ValueText(messages, formats);
        list.getStyleClass().add("timeline-list");
        list.setFixedCellSize(ROW_HEIGHT);
        list.setPlaceholder(Tables.placeholder(messages.get("timeline.empty")));
        list.setCellFactory(view -> new EntryCell());
    }

    /** In an opportunity's own history its title goes without saying: moves read "Prospecting → Proposal". */
    public void showDealTitles(boolean shown) {
        dealTitles = shown;
        list.refresh();
    }

    public ListView<TimelineEntry> node() {
        return list;
    }

    public void show(Timeline timeline) {
        list.getItems().setAll(timeline == null ? List.of() : timeline.entries());
    }

    /** The headline of an entry, e.g. "Visit: Show the demo unit" or "Moved Forklifts: Prospecting → Proposal". */
    public String headline(TimelineEntry entry) {
        if (entry instanceof TimelineEntry.ActivityEntry a) {
            return messages.get("timeline.activity", messages.name(a.activity().activity().type()),
                    a.activity().activity().subject());
        }
        if (entry instanceof TimelineEntry.StageEntry s && !dealTitles) {
            return s.fromStage() == null ? messages.get("timeline.stage.createdHere", messages.dataName(s.toStage()))
                    : messages.get("timeline.stage.movedHere", messages.dataName(s.fromStage()),
                            messages.dataName(s.toStage()));
        }
        if (entry instanceof TimelineEntry.StageEntry s) {
            return s.fromStage() == null
                    ? messages.get("timeline.stage.created", s.opportunityTitle(), messages.dataName(s.toStage()))
                    : messages.get("timeline.stage.moved", s.opportunityTitle(), messages.dataName(s.fromStage()),
                            messages.dataName(s.toStage()));
        }
        if (entry instanceof TimelineEntry.FieldEdit f) {
            return messages.get("timeline.edit", fieldLabel(f.field()));
        }
        if (entry instanceof TimelineEntry.QuoteEntry q) {
            return messages.get("timeline.quote", q.quote().number(), q.quote().version());
        }
        return messages.get("timeline.created." + ((TimelineEntry.Created) entry).entity());
    }

    /** The second line: an activity's outcome and what it is about, a move's days, an edit's old → new. */
    public String detail(TimelineEntry entry) {
        if (entry instanceof TimelineEntry.ActivityEntry a) {
            return activityDetail(a);
        }
        if (entry instanceof TimelineEntry.StageEntry s) {
            return s.daysInFrom() == null ? ""
                    : messages.get("timeline.stage.after", s.daysInFrom(), messages.dataName(s.fromStage()));
        }
        if (entry instanceof TimelineEntry.FieldEdit f) {
            return messages.get("timeline.change", values.ofText(f.entity(), f.field(), f.oldValue()),
                    values.ofText(f.entity(), f.field(), f.newValue()));
        }
        if (entry instanceof TimelineEntry.QuoteEntry q) {
            return messages.get("timeline.quote.detail", formats.money(q.quote().totalMoney()),
                    formats.date(q.quote().validUntil()), messages.name(q.quote().status()));
        }
        return "";
    }

    private String activityDetail(TimelineEntry.ActivityEntry entry) {
        Activity activity = entry.activity().activity();
        StringBuilder text = new StringBuilder();
        if (!activity.isDone()) {
            text.append(messages.get("timeline.planned"));
        } else if (activity.outcome() != null && !activity.outcome().isBlank()) {
            text.append(activity.outcome());
        }
        if (activity.type() == ActivityType.VISIT && activity.location() != null) {
            append(text, activity.location());
        }
        append(text, entry.activity().about());
        return text.toString();
    }

    private static void append(StringBuilder text, String part) {
        if (part != null && !part.isBlank()) {
            if (text.length() > 0) {
                text.append(" · ");
            }
            text.append(part);
        }
    }

    private String fieldLabel(String field) {
        String label = messages.find("timeline.field." + field);
        return label != null ? label : field;
    }

    private static String icon(TimelineEntry entry) {
        if (entry instanceof TimelineEntry.ActivityEntry a) {
            return ActivityIcons.of(a.activity().activity().type());
        }
        if (entry instanceof TimelineEntry.StageEntry) {
            return "mdmz-trending_flat";
        }
        if (entry instanceof TimelineEntry.QuoteEntry) {
            return "mdal-description";
        }
        return entry instanceof TimelineEntry.FieldEdit ? "mdal-edit" : "mdal-add_circle_outline";
    }

    private final class EntryCell extends ListCell<TimelineEntry> {
        private final FontIcon icon = new FontIcon();
        private final Label title = new Label();
        private final Label detail = new Label();
        private final Label when = new Label();
        private final HBox row;

        EntryCell() {
            getStyleClass().add("timeline-cell");
            icon.getStyleClass().add("timeline-icon");
            title.getStyleClass().add("timeline-title");
            detail.getStyleClass().add("timeline-detail");
            when.getStyleClass().add("timeline-when");
            when.setMinWidth(Region.USE_PREF_SIZE);
            VBox text = new VBox(1, title, detail);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            row = new HBox(10, icon, text, when);
            row.setAlignment(Pos.CENTER_LEFT);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(TimelineEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            icon.setIconLiteral(icon(entry));
            title.setText(headline(entry));
            detail.setText(detail(entry));
            String at = formats.dateTime(entry.at());
            when.setText(entry.by() == null ? at : at + "\n" + entry.by());
            pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("planned"),
                    entry instanceof TimelineEntry.ActivityEntry a && !a.activity().activity().isDone());
            setGraphic(row);
        }
    }
}
