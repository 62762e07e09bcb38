package org.fieldbook.ui.activities;

import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.fieldbook.ui.common.ActivityContext;
import org.fieldbook.ui.common.ActivityIcons;
import org.fieldbook.ui.common.FollowUp;
import org.fieldbook.ui.common.Formats;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.SectionView;
import org.fieldbook.ui.common.Tables;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The agenda screen: groups with a header each (click, Enter or Space collapses or expands), the activities
 * under them; Enter or a double click opens one to mark it done and plan the next step.
 */
public final class AgendaView implements SectionView {
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    private static final PseudoClass HEADER = PseudoClass.getPseudoClass("header");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");

    private final AgendaViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final FollowUp followUp;
    private final ReadOnlyBooleanWrapper hasSelection = new ReadOnlyBooleanWrapper();

    @FXML private BorderPane root;
    @FXML private ToggleButton mineToggle;
    @FXML private Button openButton;
    @FXML private Button logButton;
    @FXML private ListView<AgendaViewModel.Row> agendaList;

    public AgendaView(AgendaViewModel model, Messages messages, Formats formats, FollowUp followUp) {
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        this.followUp = followUp;
    }

    @FXML
    private void initialize() {
        mineToggle.selectedProperty().bindBidirectional(model.mineProperty());
        agendaList.setItems(model.rows());
        agendaList.setFixedCellSize(50);
        agendaList.setPlaceholder(Tables.placeholder(messages.get("agenda.empty")));
        agendaList.setCellFactory(list -> new RowCell());
        hasSelection.bind(agendaList.getSelectionModel().selectedItemProperty().isNotNull());
        openButton.disableProperty().bind(hasSelection.not());
        agendaList.setOnKeyPressed(event -> {
            var row = agendaList.getSelectionModel().getSelectedItem();
            if (row instanceof AgendaViewModel.Header header
                    && (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE)) {
                model.toggle(header.group());
                event.consume();
            } else if (row instanceof AgendaViewModel.PaymentItem && event.getCode() == KeyCode.ENTER) {
                editSelected();
                event.consume();
            } else if (row instanceof AgendaViewModel.Item && event.getCode() == KeyCode.ENTER) {
                editSelected();
                event.consume();
            }
        });
    }

    private final class RowCell extends ListCell<AgendaViewModel.Row> {
        private final FontIcon icon = new FontIcon();
        private final Label subject = new Label();
        private final Label about = new Label();
        private final Label when = new Label();
        private final HBox line;

        RowCell() {
            getStyleClass().add("agenda-cell");
            subject.getStyleClass().add("agenda-subject");
            about.getStyleClass().add("agenda-about");
            when.getStyleClass().add("agenda-when");
            when.setMinWidth(Region.USE_PREF_SIZE);
            about.managedProperty().bind(about.visibleProperty());
            VBox text = new VBox(1, subject, about);
            text.setAlignment(Pos.CENTER_LEFT);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            line = new HBox(10, icon, text, when);
            line.setAlignment(Pos.CENTER_LEFT);
            setPrefWidth(0);
            setOnMouseClicked(event -> {
                if (event.getButton() != MouseButton.PRIMARY || isEmpty()) {
                    return;
                }
                if (getItem() instanceof AgendaViewModel.Header header) {
                    model.toggle(header.group());
                } else if (event.getClickCount() == 2) {
                    editSelected();
                }
            });
        }

        @Override
        protected void updateItem(AgendaViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            pseudoClassStateChanged(HEADER, false);
            pseudoClassStateChanged(OVERDUE, false);
            pseudoClassStateChanged(DONE, false);
            if (empty || row == null) {
                setGraphic(null);
                setId(null);
                return;
            }
            if (row instanceof AgendaViewModel.Header header) {
                pseudoClassStateChanged(HEADER, true);
                pseudoClassStateChanged(OVERDUE, header.group() == AgendaViewModel.Group.OVERDUE);
                icon.setIconLiteral(header.expanded() ? "mdal-expand_more" : "mdal-chevron_right");
                subject.setText(messages.get("agenda.group." + header.group().name().toLowerCase(
                        java.util.Locale.ROOT).replace("_", "")));
                about.setText("");
                about.setVisible(false);
                when.setText(formats.integer(header.count()));
                setId("agenda-" + header.group().name().toLowerCase(java.util.Locale.ROOT));
            } else if (row instanceof AgendaViewModel.PaymentItem item) {
                var payment = item.payment();
                icon.setIconLiteral("mdmz-payments");
                subject.setText(messages.get("agenda.payment.subject", formats.money(payment.outstanding()),
                        payment.dealTitle()));
                about.setText(payment.accountName());
                about.setVisible(true);
                when.setText(formats.date(payment.due()));
                pseudoClassStateChanged(OVERDUE, true);
                setId(null);
            } else {
                var item = (AgendaViewModel.Item) row;
                var activity = item.activity().activity();
                icon.setIconLiteral(ActivityIcons.of(activity.type()));
                subject.setText(activity.subject());
                about.setText(item.activity().about());
                about.setVisible(true);
                when.setText(item.group() == AgendaViewModel.Group.DONE ? formats.dateTime(activity.doneAt())
                        : item.group() == AgendaViewModel.Group.TODAY ? formats.time(activity.dueAt())
                        : formats.dateTime(activity.dueAt()));
                pseudoClassStateChanged(OVERDUE, model.isOverdue(item.activity()));
                pseudoClassStateChanged(DONE, activity.isDone());
                setId(null);
            }
            setGraphic(line);
        }
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public StringProperty filterProperty() {
        return model.filterProperty();
    }

    @Override
    public ReadOnlyStringProperty summaryProperty() {
        return model.summaryProperty();
    }

    @Override
    public ReadOnlyBooleanProperty loadedProperty() {
        return model.loadedProperty();
    }

    @Override
    public ReadOnlyBooleanProperty hasSelectionProperty() {
        return hasSelection.getReadOnlyProperty();
    }

    @Override
    public void shown() {
        model.shown();
    }

    @FXML
    @Override
    public void newRecord() {
        followUp.logActivity(window(), ActivityContext.NOTHING, model::reload);
    }

    @FXML
    @Override
    public void editSelected() {
        var selected = agendaList.getSelectionModel().getSelectedItem();
        if (selected instanceof AgendaViewModel.Item item) {
            followUp.openActivity(window(), item.activity().activity().id(), model::reload);
        } else if (selected instanceof AgendaViewModel.PaymentItem item) {
            followUp.editPayments(window(), item.payment().opportunityId(), model::reload);
        }
    }

    /** The agenda's entries are never deleted from here: open one to change it. */
    @Override
    public void deleteSelected() {
    }

    @Override
    public void reveal(UUID id) {
        for (var row : model.rows()) {
            if (row instanceof AgendaViewModel.Item item && item.activity().activity().id().equals(id)) {
                agendaList.getSelectionModel().select(row);
                agendaList.scrollTo(row);
                return;
            }
        }
    }

    /** An activity found by the search: its editor opens whether or not the agenda lists it. */
    @Override
    public void openRecord(UUID id) {
        reveal(id);
        followUp.openActivity(window(), id, model::reload);
    }

    @Override
    public void focusTable() {
        agendaList.requestFocus();
    }
}
