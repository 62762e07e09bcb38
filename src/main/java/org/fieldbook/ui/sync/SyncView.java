package org.fieldbook.ui.sync;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.SectionView;
import org.fieldbook.ui.common.Tables;

/**
 * The Sync screen: on the left the choice of team folder or sync server with its settings, the state and the
 * devices; on the right the conflicts.
 */
public final class SyncView implements SectionView {
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private final SyncViewModel model;
    private final ServerFormViewModel serverForm;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper noSelection = new ReadOnlyBooleanWrapper(false);

    @FXML private SplitPane root;
    @FXML private RadioButton folderChoice;
    @FXML private RadioButton serverChoice;
    @FXML private VBox folderBox;
    @FXML private VBox serverBox;
    @FXML private Label serverUrlLabel;
    @FXML private TextField serverUrlField;
    @FXML private Label serverUrlError;
    @FXML private Label serverUserLabel;
    @FXML private TextField serverUserField;
    @FXML private Label serverUserError;
    @FXML private Label serverPasswordLabel;
    @FXML private PasswordField serverPasswordField;
    @FXML private Label serverPasswordError;
    @FXML private Label serverPasswordHint;
    @FXML private Label serverSslLabel;
    @FXML private ComboBox<String> serverSslBox;
    @FXML private Label serverSslHelp;
    @FXML private Label serverTeamLabel;
    @FXML private TextField serverTeamField;
    @FXML private Button testConnectionButton;
    @FXML private Button useServerButton;
    @FXML private Label serverCheckLabel;
    @FXML private Label teamFolderLabel;
    @FXML private Button chooseFolderButton;
    @FXML private Label passphraseLabel;
    @FXML private PasswordField passphraseField;
    @FXML private Button unlockButton;
    @FXML private Label passphraseHint;
    @FXML private Button syncNowButton;
    @FXML private Label stateLabel;
    @FXML private Label lastSyncLabel;
    @FXML private Label pendingLabel;
    @FXML private Label waitingLabel;
    @FXML private Label problemLabel;
    @FXML private Label thisDeviceLabel;
    @FXML private TableView<SyncViewModel.PeerRow> peersTable;
    @FXML private TableColumn<SyncViewModel.PeerRow, String> peerNameColumn;
    @FXML private TableColumn<SyncViewModel.PeerRow, String> peerChangeColumn;
    @FXML private TableColumn<SyncViewModel.PeerRow, String> peerAtColumn;
    @FXML private ScrollPane conflictsScroll;
    @FXML private Label conflictsHeading;
    @FXML private Label noConflictsLabel;
    @FXML private VBox conflictsBox;

    public SyncView(SyncViewModel model, ServerFormViewModel serverForm, Messages messages) {
        this.model = model;
        this.serverForm = serverForm;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        teamFolderLabel.textProperty().bind(model.folderProperty());
        teamFolderLabel.tooltipProperty().bind(Bindings.createObjectBinding(
                () -> new javafx.scene.control.Tooltip(model.folderProperty().get()), model.folderProperty()));
        passphraseLabel.setLabelFor(passphraseField);
        passphraseField.textProperty().bindBidirectional(model.passphraseProperty());
        unlockButton.disableProperty().bind(model.passphraseProperty().isEmpty().or(model.hasFolderProperty().not()));
        passphraseHint.textProperty().bind(model.passphraseHintProperty());
        model.needsPassphraseProperty().addListener((obs, old, needed) -> needsPassphrase(needed));
        needsPassphrase(model.needsPassphraseProperty().get());
        bindServerForm();
        syncNowButton.disableProperty().bind(model.syncingProperty()
                .or(serverForm.serverProperty().not().and(model.hasFolderProperty().not()))
                .or(serverForm.serverProperty().and(serverForm.savedProperty().not())));
        stateLabel.textProperty().bind(model.stateProperty());
        lastSyncLabel.textProperty().bind(model.lastSyncProperty());
        pendingLabel.textProperty().bind(model.pendingProperty());
        waitingLabel.textProperty().bind(model.waitingProperty());
        problemLabel.textProperty().bind(model.problemProperty());
        model.hasProblemProperty().addListener((obs, old, any) -> problemLabel.pseudoClassStateChanged(WARNING, any));
        problemLabel.pseudoClassStateChanged(WARNING, model.hasProblemProperty().get());
        thisDeviceLabel.textProperty().bind(model.thisDeviceProperty());

        peerNameColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().name()));
        peerChangeColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().lastChange()));
        peerAtColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().appliedAt()));
        peersTable.setItems(model.peers());
        peersTable.setPlaceholder(Tables.placeholder(messages.get("sync.devices.none")));
        Tables.fitRows(peersTable, 6);

        conflictsHeading.textProperty().bind(Bindings.createStringBinding(() -> model.allConflicts().isEmpty()
                ? messages.get("sync.conflicts.heading")
                : messages.get("sync.conflicts.headingCount", model.allConflicts().size()), model.shownConflicts()));
        noConflictsLabel.textProperty().bind(Bindings.createStringBinding(() -> model.allConflicts().isEmpty()
                ? messages.get("sync.conflicts.empty")
                : messages.get("table.noMatch", model.filterProperty().get()),
                model.shownConflicts(), model.filterProperty()));
        noConflictsLabel.visibleProperty().bind(Bindings.isEmpty(model.shownConflicts()));
        model.shownConflicts().addListener((ListChangeListener<ConflictItem>) change -> showConflicts());
        showConflicts();
    }

    private void bindServerForm() {
        serverChoice.selectedProperty().bindBidirectional(serverForm.serverProperty());
        folderChoice.setSelected(!serverChoice.isSelected());
        serverForm.serverProperty().addListener((obs, was, server) -> folderChoice.setSelected(!server));
        folderBox.visibleProperty().bind(folderChoice.selectedProperty());
        folderBox.managedProperty().bind(folderChoice.selectedProperty());
        serverBox.visibleProperty().bind(serverChoice.selectedProperty());
        serverBox.managedProperty().bind(serverChoice.selectedProperty());
        serverUrlLabel.setLabelFor(serverUrlField);
        serverUserLabel.setLabelFor(serverUserField);
        serverPasswordLabel.setLabelFor(serverPasswordField);
        serverSslLabel.setLabelFor(serverSslBox);
        serverTeamLabel.setLabelFor(serverTeamField);
        serverUrlField.textProperty().bindBidirectional(serverForm.urlProperty());
        serverUserField.textProperty().bindBidirectional(serverForm.userProperty());
        serverPasswordField.textProperty().bindBidirectional(serverForm.passwordProperty());
        serverTeamField.textProperty().bindBidirectional(serverForm.teamProperty());
        serverSslBox.getItems().setAll(serverForm.sslModes());
        serverSslBox.valueProperty().bindBidirectional(serverForm.sslModeProperty());
        serverSslHelp.textProperty().bind(Bindings.createStringBinding(() -> messages.get("sync.server.sslmode."
                + serverForm.sslModeProperty().get()), serverForm.sslModeProperty()));
        Tooltip sslHelp = new Tooltip(messages.get("sync.server.sslmode.tooltip"));
        sslHelp.setWrapText(true);
        sslHelp.setMaxWidth(420);
        serverSslBox.setTooltip(sslHelp);
        fieldError(serverUrlError, serverUrlField, serverForm.urlErrorProperty());
        fieldError(serverUserError, serverUserField, serverForm.userErrorProperty());
        fieldError(serverPasswordError, serverPasswordField, serverForm.passwordErrorProperty());
        serverPasswordHint.textProperty().bind(serverForm.passwordHintProperty());
        serverForm.needsPasswordProperty().addListener((obs, was, needed) -> {
            serverPasswordHint.pseudoClassStateChanged(WARNING, needed);
            serverPasswordField.pseudoClassStateChanged(WARNING, needed);
        });
        testConnectionButton.disableProperty().bind(serverForm.busyProperty());
        useServerButton.disableProperty().bind(serverForm.busyProperty());
        serverCheckLabel.textProperty().bind(serverForm.checkMessageProperty());
        serverCheckLabel.visibleProperty().bind(serverForm.checkMessageProperty().isNotEmpty());
        serverCheckLabel.managedProperty().bind(serverCheckLabel.visibleProperty());
        serverForm.checkFailedProperty().addListener((obs, was, failed) ->
                serverCheckLabel.pseudoClassStateChanged(WARNING, failed));
    }

    private static void fieldError(Label error, Node field, ReadOnlyStringProperty text) {
        error.textProperty().bind(text);
        error.visibleProperty().bind(text.isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        text.addListener((obs, old, now) -> field.pseudoClassStateChanged(PseudoClass.getPseudoClass("danger"),
                !now.isEmpty()));
    }

    @FXML
    private void testConnection() {
        serverForm.testConnection();
    }

    @FXML
    private void useServer() {
        serverForm.useServer();
    }

    private void needsPassphrase(boolean needed) {
        passphraseHint.pseudoClassStateChanged(WARNING, needed);
        passphraseField.pseudoClassStateChanged(WARNING, needed);
    }

    private void showConflicts() {
        boolean hadFocus = conflictsBox.getChildren().stream().anyMatch(SyncView::holdsFocus);
        ConflictCard.Choices choices = new ConflictCard.Choices() {
            @Override
            public void keep(ConflictItem item, ConflictItem.Side side) {
                model.keep(item, side);
            }

            @Override
            public void settleDeleted(ConflictItem item, boolean keepDeleted) {
                model.settleDeleted(item, keepDeleted);
            }
        };
        Map<List<Object>, List<ConflictItem>> byRecord = new LinkedHashMap<>();
        for (ConflictItem item : model.shownConflicts()) {
            byRecord.computeIfAbsent(List.of(item.conflict().entity(), item.conflict().rowId()),
                    key -> new ArrayList<>()).add(item);
        }
        conflictsBox.getChildren().setAll(byRecord.values().stream()
                .map(items -> (Node) ConflictCard.of(items, messages, choices, model.resolvingProperty())).toList());
        conflictsBox.getChildren().forEach(card -> card.lookupAll(".button").forEach(this::scrollIntoViewOnFocus));
        if (hadFocus) {
            focusTable(); // the card that held the keyboard is gone: the next conflict takes it
        }
    }

    private static boolean holdsFocus(Node card) {
        return card.getScene() != null && card.getScene().getFocusOwner() != null
                && isInside(card.getScene().getFocusOwner(), card);
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Tabbing through the cards keeps the focused button in sight. */
    private void scrollIntoViewOnFocus(Node button) {
        button.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                return;
            }
            double contentHeight = conflictsScroll.getContent().getBoundsInLocal().getHeight();
            double viewport = conflictsScroll.getViewportBounds().getHeight();
            if (contentHeight <= viewport) {
                return;
            }
            var inContent = conflictsScroll.getContent().sceneToLocal(button.localToScene(button.getBoundsInLocal()));
            double top = (contentHeight - viewport) * conflictsScroll.getVvalue();
            if (inContent.getMinY() < top || inContent.getMaxY() > top + viewport) {
                double target = Math.max(0, inContent.getMinY() - viewport / 3);
                conflictsScroll.setVvalue(Math.min(1, target / (contentHeight - viewport)));
            }
        });
    }

    @FXML
    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("sync.folder.chooserTitle"));
        File current = new File(model.folderProperty().get());
        if (model.hasFolderProperty().get() && current.isDirectory()) {
            chooser.setInitialDirectory(current);
        }
        File chosen = chooser.showDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (chosen != null) {
            model.chooseFolder(chosen.toPath());
        }
    }

    @FXML
    private void unlock() {
        model.unlock();
    }

    @FXML
    private void syncNow() {
        model.syncNow();
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

    /** Nothing here is edited or deleted from the toolbar. */
    @Override
    public ReadOnlyBooleanProperty hasSelectionProperty() {
        return noSelection.getReadOnlyProperty();
    }

    /** Reads the screen again; a locked team folder gives the keyboard to the passphrase. */
    @Override
    public void shown() {
        model.shown();
        serverForm.load();
        if (model.needsPassphraseProperty().get() && folderChoice.isSelected()) {
            passphraseField.requestFocus();
        } else if (serverForm.needsPasswordProperty().get() && serverChoice.isSelected()) {
            serverPasswordField.requestFocus();
        }
    }

    /** There are no records to make here. */
    @Override
    public void newRecord() {
        // the toolbar's New button is disabled on this screen; Ctrl+N does nothing here
    }

    @Override
    public void editSelected() {
        // no records to edit: conflicts are settled with their own buttons
    }

    @Override
    public void deleteSelected() {
        // no records to delete
    }

    @Override
    public void reveal(UUID id) {
        // the Sync screen is never asked to show a record
    }

    /** Gives the keyboard to the first conflict's first choice, or to Sync now when there is none. */
    @Override
    public void focusTable() {
        conflictsBox.getChildren().stream().flatMap(card -> card.lookupAll(".button").stream())
                .filter(node -> !node.isDisabled()).findFirst()
                .ifPresentOrElse(Node::requestFocus, () -> {
                    if (!syncNowButton.isDisabled()) {
                        syncNowButton.requestFocus();
                    } else if (serverChoice.isSelected()) {
                        serverUrlField.requestFocus();
                    } else {
                        chooseFolderButton.requestFocus();
                    }
                });
    }
}
