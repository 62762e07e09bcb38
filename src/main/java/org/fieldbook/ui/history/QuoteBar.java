package org.fieldbook.ui.history;

import java.io.File;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.fieldbook.domain.Quote;
import org.fieldbook.domain.QuoteStatus;
import org.fieldbook.domain.TimelineEntry;
import org.fieldbook.ui.common.Messages;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The quote actions over a deal's history: "Create quote", and for the quote chosen in the timeline "Open",
 * "Save as…" and "Mark sent". A double-click on a quote opens it too.
 */
final class QuoteBar {
    private final VBox root;

    /** {@code reload} reads the timeline again and then selects the quote of the given id. */
    QuoteBar(QuotesViewModel model, Messages messages, ListView<TimelineEntry> list,
             java.util.function.Consumer<UUID> reload, java.util.function.Supplier<UUID> deal) {
        ReadOnlyObjectProperty<TimelineEntry> selected = list.getSelectionModel().selectedItemProperty();
        BooleanBinding noQuote = Bindings.createBooleanBinding(() -> quote(selected.get()) == null, selected);
        BooleanBinding notDraft = Bindings.createBooleanBinding(() -> quote(selected.get()) == null
                || quote(selected.get()).status() == QuoteStatus.SENT, selected);

        Button create = button(messages, "createQuoteButton", "quote.create", "mdal-add");
        create.getStyleClass().add("accent");
        create.disableProperty().bind(model.busyProperty());
        create.setOnAction(event -> model.create(deal.get(), quote -> reload.accept(quote.id())));
        Button open = button(messages, "openQuoteButton", "quote.open", "mdmz-open_in_new");
        open.disableProperty().bind(noQuote.or(model.busyProperty()));
        open.setOnAction(event -> model.open(quote(selected.get())));
        Button save = button(messages, "saveQuoteButton", "quote.saveAs", "mdmz-save_alt");
        save.disableProperty().bind(noQuote.or(model.busyProperty()));
        save.setOnAction(event -> {
            Quote quote = quote(selected.get());
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("quote.fileFilter"),
                    "*.pdf"));
            chooser.setInitialFileName(quote.fileName());
            File picked = chooser.showSaveDialog(list.getScene().getWindow());
            if (picked != null) {
                model.saveAs(quote, picked.toPath());
            }
        });
        Button sent = button(messages, "markSentButton", "quote.markSent", "mdmz-send");
        sent.disableProperty().bind(notDraft.or(model.busyProperty()));
        sent.setOnAction(event -> model.markSent(quote(selected.get()), quote -> reload.accept(quote.id())));
        list.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, event -> {
            Quote quote = quote(selected.get());
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && quote != null) {
                model.open(quote);
            }
        });

        Label status = new Label();
        status.setId("quoteStatus");
        status.setWrapText(true);
        status.getStyleClass().add("quote-status");
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(model.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        Label hint = new Label(messages.get("quote.bar.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        HBox buttons = new HBox(6, create, open, save, sent);
        buttons.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(status, Priority.ALWAYS);
        root = new VBox(4, buttons, status, hint);
        root.setId("quoteBar");
        root.getStyleClass().add("quote-bar");
    }

    VBox node() {
        return root;
    }

    private static Quote quote(TimelineEntry entry) {
        return entry instanceof TimelineEntry.QuoteEntry q ? q.quote() : null;
    }

    private static Button button(Messages messages, String id, String key, String icon) {
        Button button = new Button(messages.get(key), new FontIcon(icon));
        button.setId(id);
        return button;
    }
}
