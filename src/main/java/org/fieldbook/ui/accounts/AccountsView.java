package org.fieldbook.ui.accounts;

import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.AccountSummary;
import org.fieldbook.domain.ContactSummary;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.OpportunitySummary;
import org.fieldbook.service.AccountService.AccountDetail;
import org.fieldbook.ui.common.Confirm;
import org.fieldbook.ui.common.FormDialog;
import org.fieldbook.ui.common.Formats;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.Navigator;
import org.fieldbook.ui.common.Section;
import org.fieldbook.ui.common.SectionView;
import org.fieldbook.ui.common.Tables;
import org.fieldbook.ui.common.ViewLoader;

/** The accounts screen: a sortable, filterable table and the selected account's detail beside it. */
public final class AccountsView implements SectionView {
    private final AccountsViewModel model;
    private final ViewLoader loader;
    private final Messages messages;
    private final Formats formats;
    private final Navigator navigator;
    private final ReadOnlyBooleanWrapper hasSelection = new ReadOnlyBooleanWrapper();
    private UUID pendingReveal;
    private UUID lastSelected;

    @FXML private SplitPane root;
    @FXML private TableView<AccountSummary> accountsTable;
    @FXML private TableColumn<AccountSummary, String> nameColumn;
    @FXML private TableColumn<AccountSummary, String> industryColumn;
    @FXML private TableColumn<AccountSummary, String> regionColumn;
    @FXML private TableColumn<AccountSummary, String> ownerColumn;
    @FXML private TableColumn<AccountSummary, Integer> openColumn;
    @FXML private Label noSelection;
    @FXML private javafx.scene.control.ScrollPane detailScroll;
    @FXML private VBox detailBox;
    @FXML private Label detailName;
    @FXML private Label detailSubtitle;
    @FXML private GridPane detailFields;
    @FXML private Button editAccountButton;
    @FXML private TableView<ContactSummary> contactsTable;
    @FXML private TableColumn<ContactSummary, String> contactNameColumn;
    @FXML private TableColumn<ContactSummary, String> contactTitleColumn;
    @FXML private TableColumn<ContactSummary, String> contactEmailColumn;
    @FXML private TableView<OpportunitySummary> opportunitiesTable;
    @FXML private TableColumn<OpportunitySummary, String> opportunityTitleColumn;
    @FXML private TableColumn<OpportunitySummary, String> opportunityStageColumn;
    @FXML private TableColumn<OpportunitySummary, Money> opportunityAmountColumn;

    public AccountsView(AccountsViewModel model, ViewLoader loader, Formats formats, Navigator navigator) {
        this.model = model;
        this.loader = loader;
        this.messages = loader.messages();
        this.formats = formats;
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        nameColumn.setCellValueFactory(c -> constant(c.getValue().account().name()));
        industryColumn.setCellValueFactory(c -> constant(c.getValue().account().industry()));
        regionColumn.setCellValueFactory(c -> constant(c.getValue().account().region()));
        ownerColumn.setCellValueFactory(c -> constant(c.getValue().ownerName()));
        openColumn.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().openOpportunities()));
        Tables.formatted(openColumn, count -> formats.integer(count));

        SortedList<AccountSummary> sorted = new SortedList<>(model.shownRows());
        sorted.comparatorProperty().bind(accountsTable.comparatorProperty());
        accountsTable.setItems(sorted);
        accountsTable.getSortOrder().add(nameColumn);
        accountsTable.placeholderProperty().bind(Bindings.createObjectBinding(() -> Tables.placeholder(
                model.allRows().isEmpty() ? messages.get("accounts.empty")
                        : messages.get("table.noMatch", model.filterProperty().get())),
                model.filterProperty(), model.loadedProperty(), model.summaryProperty()));
        Tables.openAndDelete(accountsTable, this::editSelected, this::deleteSelected);
        model.selectedProperty().bind(accountsTable.getSelectionModel().selectedItemProperty());
        hasSelection.bind(model.selectedProperty().isNotNull());
        accountsTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                lastSelected = row.account().id();
            }
        });
        model.shownRows().addListener((ListChangeListener<AccountSummary>) change -> {
            if (pendingReveal == null && accountsTable.getSelectionModel().isEmpty()) {
                pendingReveal = lastSelected; // reading the rows again keeps the user's place
            }
            revealPending();
        });

        contactNameColumn.setCellValueFactory(c -> constant(c.getValue().contact().name()));
        contactTitleColumn.setCellValueFactory(c -> constant(c.getValue().contact().title()));
        contactEmailColumn.setCellValueFactory(c -> constant(c.getValue().contact().primaryEmail()));
        Tables.fitRows(contactsTable, 6);
        Tables.fitRows(opportunitiesTable, 8);
        contactsTable.setPlaceholder(Tables.placeholder(messages.get("accounts.detail.noContacts")));
        Tables.openAndDelete(contactsTable, () -> open(Section.CONTACTS,
                contactsTable.getSelectionModel().getSelectedItem().contact().id()), () -> { });
        opportunityTitleColumn.setCellValueFactory(c -> constant(c.getValue().opportunity().title()));
        opportunityStageColumn.setCellValueFactory(c -> constant(messages.dataName(c.getValue().stageName())));
        opportunityAmountColumn.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().opportunity().amount()));
        Tables.formatted(opportunityAmountColumn, formats::money);
        opportunitiesTable.setPlaceholder(Tables.placeholder(messages.get("accounts.detail.noOpportunities")));
        Tables.openAndDelete(opportunitiesTable, () -> open(Section.OPPORTUNITIES,
                opportunitiesTable.getSelectionModel().getSelectedItem().opportunity().id()), () -> { });

        model.detailProperty().addListener((obs, old, detail) -> showDetail(detail));
        showDetail(null);
    }

    private void open(Section section, UUID id) {
        navigator.showRecord(section, id);
    }

    private static <T> SimpleObjectProperty<T> constant(T value) {
        return new SimpleObjectProperty<>(value);
    }

    private void showDetail(AccountDetail detail) {
        boolean shown = detail != null;
        noSelection.setVisible(!shown);
        detailScroll.setVisible(shown);
        if (!shown) {
            contactsTable.getItems().clear();
            opportunitiesTable.getItems().clear();
            return;
        }
        Account account = detail.account();
        detailName.setText(account.name());
        detailSubtitle.setText(join(account.industry(), account.region()));
        detailFields.getChildren().clear();
        AccountSummary row = model.selectedProperty().get();
        int line = 0;
        line = addField(line, "account.field.owner", row == null ? null : row.ownerName());
        line = addField(line, "account.field.employees",
                account.employees() == null ? null : formats.integer(account.employees()));
        line = addField(line, "account.field.tier", account.tier());
        line = addField(line, "account.field.source",
                account.sourceChannel() == null ? null : messages.name(account.sourceChannel()));
        line = addField(line, "account.field.website", account.website());
        line = addField(line, "account.field.phone", account.phone());
        addField(line, "account.field.address", account.address());
        contactsTable.getItems().setAll(detail.contacts());
        opportunitiesTable.getItems().setAll(detail.opportunities());
    }

    private int addField(int line, String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return line;
        }
        Label label = new Label(messages.get(labelKey));
        label.getStyleClass().add("detail-label");
        Label text = new Label(value);
        text.getStyleClass().add("detail-value");
        text.setWrapText(true);
        detailFields.addRow(line, label, text);
        return line + 1;
    }

    private static String join(String first, String second) {
        boolean hasFirst = first != null && !first.isBlank();
        boolean hasSecond = second != null && !second.isBlank();
        if (hasFirst && hasSecond) {
            return first + " · " + second;
        }
        return hasFirst ? first : hasSecond ? second : "";
    }

    @FXML
    @Override
    public void editSelected() {
        AccountSummary row = accountsTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            AccountFormView form = loader.load(AccountFormView.class).controller();
            form.startEdit(row.account().id());
            showForm(form);
        }
    }

    @Override
    public void newRecord() {
        AccountFormView form = loader.load(AccountFormView.class).controller();
        form.startNew();
        showForm(form);
    }

    private void showForm(AccountFormView form) {
        form.onSaved(saved -> {
            pendingReveal = saved.id();
            model.reload();
        });
        FormDialog.show(window(), messages, form);
    }

    @Override
    public void deleteSelected() {
        AccountSummary row = accountsTable.getSelectionModel().getSelectedItem();
        if (row != null && Confirm.delete(window(), messages,
                messages.get("accounts.delete.question", row.account().name()),
                messages.get("accounts.delete.detail"))) {
            model.delete(row);
        }
    }

    @Override
    public void reveal(UUID id) {
        pendingReveal = id;
        revealPending();
    }

    private void revealPending() {
        if (pendingReveal == null) {
            return;
        }
        AccountSummary row = model.find(pendingReveal);
        if (row != null && accountsTable.getItems().contains(row)) {
            pendingReveal = null;
            accountsTable.getSelectionModel().select(row);
            accountsTable.scrollTo(row);
        }
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    @Override
    public void shown() {
        model.shown();
    }

    @Override
    public void focusTable() {
        accountsTable.requestFocus();
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
}
