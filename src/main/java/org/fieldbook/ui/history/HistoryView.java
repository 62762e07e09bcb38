package org.fieldbook.ui.history;

import java.util.UUID;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.fieldbook.domain.Timeline;
import org.fieldbook.ui.common.FollowUp;
import org.fieldbook.ui.common.Formats;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.Theme;
import org.fieldbook.ui.common.TimelineList;

/** A record's history in a dialog: for an opportunity the days in each stage, then the timeline, newest first. */
public final class HistoryView {
    private final HistoryViewModel model;
    private final Messages messages;
    private final TimelineList list;
    private final FlowPane stageDays = new FlowPane(6, 6);
    private final VBox root;
    private final QuotesViewModel quotes;
    private FollowUp.Subject subject;
    private UUID id;
    private UUID quoteToSelect;

    public HistoryView(HistoryViewModel model, Messages messages, Formats formats) {
        this(model, messages, formats, null);
    }

    /** With {@code quotes} (or null), an opportunity's history carries its quote actions on top. */
    public HistoryView(HistoryViewModel model, Messages messages, Formats formats, QuotesViewModel quotes) {
        this.quotes = quotes;
        this.model = model;
        this.messages = messages;
        this.list = new TimelineList(messages, formats);
        list.node().setId("historyList");
        stageDays.setId("stageDays");
        stageDays.getStyleClass().add("stage-days");
        stageDays.managedProperty().bind(stageDays.visibleProperty());
        VBox.setVgrow(list.node(), Priority.ALWAYS);
        root = new VBox(10, stageDays, list.node());
        root.setPadding(new Insets(4));
        root.setPrefSize(720, 560);
        model.timelineProperty().addListener((obs, old, timeline) -> show(timeline));
        show(null);
    }

    private void show(Timeline timeline) {
        list.show(timeline);
        if (timeline != null && quoteToSelect != null) {
            for (int i = 0; i < timeline.entries().size(); i++) {
                if (timeline.entries().get(i) instanceof org.fieldbook.domain.TimelineEntry.QuoteEntry q
                        && q.quote().id().equals(quoteToSelect)) {
                    list.node().getSelectionModel().select(i);
                    list.node().scrollTo(i);
                    list.node().requestFocus(); // an unfocused selection is drawn too faintly to read
                }
            }
            quoteToSelect = null;
        }
        stageDays.getChildren().clear();
        if (timeline != null) {
            for (Timeline.StageDays days : timeline.stageDays()) {
                Label chip = new Label(messages.get("history.stageDays", messages.dataName(days.stage()),
                        days.days()));
                chip.getStyleClass().add("stage-days-chip");
                if (days.current()) {
                    chip.getStyleClass().add("current");
                }
                stageDays.getChildren().add(chip);
            }
        }
        stageDays.setVisible(!stageDays.getChildren().isEmpty());
    }

    /** Opens the dialog and reads the history. */
    public void show(Window owner, FollowUp.Subject subject, UUID id, String name) {
        this.subject = subject;
        this.id = id;
        list.showDealTitles(subject != FollowUp.Subject.OPPORTUNITY);
        if (subject == FollowUp.Subject.OPPORTUNITY && quotes != null) {
            root.getChildren().add(0, new QuoteBar(quotes, messages, list.node(),
                    quoteId -> {
                        quoteToSelect = quoteId;
                        model.load(this.subject, this.id);
                    }, () -> this.id).node());
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("history.title", name));
        dialog.initModality(Modality.NONE);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setResizable(true);
        dialog.getDialogPane().setId("historyDialog");
        dialog.getDialogPane().setHeaderText(messages.get("history.header." + subject.name().toLowerCase(
                java.util.Locale.ROOT), name));
        dialog.getDialogPane().setContent(root);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(messages.get("button.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        Theme.style(dialog.getDialogPane());
        model.load(subject, id);
        dialog.show();
    }
}
