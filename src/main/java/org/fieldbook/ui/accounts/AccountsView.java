package org.fieldbook.ui.accounts;

import java.util.UUID;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.AccountSummary;
import org.fieldbook.domain.ContactSummary;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.OpportunitySummary;
import org.fieldbook.service.AccountService.AccountDetail;
import org.fieldbook.domain.BuyingRole;
import org.fieldbook.domain.DecisionChain;
import org.fieldbook.ui.common.ActivityContext;
import org.fieldbook.ui.common.FollowUp;
import org.fieldbook.ui.common.Formats;
import org.fieldbook.ui.common.TimelineList;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.Navigator;
import org.fieldbook.ui.common.RecordListView;
import org.fieldbook.ui.common.Section;
import org.fieldbook.ui.common.Tables;
import org.fieldbook.ui.common.ViewLoader;

/** The accounts screen: a sortable, filterable table and the selected account's detail beside it. */
public final class AccountsView extends RecordListView<AccountSummary> {
    private final AccountsViewModel model;
    private final ViewLoader loader;
    private final Messages messages;
    private final Formats formats;
    private final Navigator navigator;
    private final FollowUp followUp;
    private TimelineList timeline;

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
    @FXML private Button logActivityButton;
    @FXML private Button historyButton;
    @FXML private VBox chainBox;
    @FXML private VBox historyBox;
    @FXML private TableView<ContactSummary> contactsTable;
    @FXML private TableColumn<ContactSummary, String> contactNameColumn;
    @FXML private TableColumn<ContactSummary, String> contactTitleColumn;
    @FXML private TableColumn<ContactSummary, String> contactEmailColumn;
    @FXML private TableView<OpportunitySummary> opportunitiesTable;
    @FXML private TableColumn<OpportunitySummary, String> opportunityTitleColumn;
    @FXML private TableColumn<OpportunitySummary, String> opportunityStageColumn;
    @FXML private TableColumn<OpportunitySummary, Money> opportunityAmountColumn;

    public AccountsView(AccountsViewModel model, ViewLoader loader, Formats formats, Navigator navigator) {
        this(model, loader, formats, navigator, FollowUp.NONE);
    }

    public AccountsView(AccountsViewModel model, ViewLoader loader, Formats formats, Navigator navigator,
                        FollowUp followUp) {
        super(model, loader.messages(), "accounts.delete.question", "accounts.delete.detail");
        this.model = model;
        this.loader = loader;
        this.messages = loader.messages();
        this.formats = formats;
        this.navigator = navigator;
        this.followUp = followUp;
    }

    @FXML
    private void initialize() {
        nameColumn.setCellValueFactory(c -> constant(c.getValue().account().name()));
        industryColumn.setCellValueFactory(c -> constant(c.getValue().account().industry()));
        regionColumn.setCellValueFactory(c -> constant(c.getValue().account().region()));
        ownerColumn.setCellValueFactory(c -> constant(c.getValue().ownerName()));
        openColumn.setCellValueFactory(c -> constant(c.getValue().openOpportunities()));
        Tables.formatted(openColumn, count -> formats.integer(count));

        showRows(accountsTable, "accounts.empty");
        accountsTable.getSortOrder().add(nameColumn);
        model.selectedProperty().bind(accountsTable.getSelectionModel().selectedItemProperty());

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
        opportunityAmountColumn.setCellValueFactory(c -> constant(c.getValue().opportunity().amount()));
        Tables.formatted(opportunityAmountColumn, formats::money);
        opportunitiesTable.setPlaceholder(Tables.placeholder(messages.get("accounts.detail.noOpportunities")));
        Tables.openAndDelete(opportunitiesTable, () -> open(Section.OPPORTUNITIES,
                opportunitiesTable.getSelectionModel().getSelectedItem().opportunity().id()), () -> { });

        model.detailProperty().addListener((obs, old, detail) -> showDetail(detail));
        showDetail(null);

        timeline = new TimelineList(messages, formats);
        timeline.node().setId("accountTimeline");
        timeline.node().setPrefHeight(420);
        timeline.node().setMinHeight(240);
        historyBox.getChildren().setAll(timeline.node());
        model.followUpProperty().addListener((obs, old, found) -> showFollowUp(found));
        logActivityButton.setOnAction(event -> {
            AccountSummary row = model.selectedProperty().get();
            if (row != null) {
                followUp.logActivity(window(), ActivityContext.ofAccount(row.account().id()),
                        model::readSelectedAgain);
            }
        });
        historyButton.setOnAction(event -> {
            AccountSummary row = model.selectedProperty().get();
            if (row != null) {
                followUp.showHistory(window(), FollowUp.Subject.ACCOUNT, row.account().id(), row.account().name());
            }
        });
        accountsTable.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.L && event.isShortcutDown()) {
                logActivityButton.fire();
                event.consume();
            }
        });
    }

    private javafx.stage.Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** The decision chain, role by role, and the history timeline of the selected account. */
    private void showFollowUp(AccountsViewModel.FollowUpDetail found) {
        timeline.show(found == null ? null : found.timeline());
        chainBox.getChildren().clear();
        if (found == null) {
            return;
        }
        if (found.chain().members().isEmpty()) {
            Label none = new Label(messages.get("accounts.detail.noChain"));
            none.getStyleClass().add("detail-empty");
            none.setWrapText(true);
            chainBox.getChildren().add(none);
            return;
        }
        for (BuyingRole role : BuyingRole.values()) {
            var members = found.chain().inRole(role);
            if (members.isEmpty()) {
                continue;
            }
            Label heading = new Label(messages.name(role));
            heading.getStyleClass().add("chain-role");
            chainBox.getChildren().add(heading);
            for (DecisionChain.Member member : members) {
                String touched = member.lastTouch() == null ? messages.get("accounts.chain.neverTouched")
                        : messages.get("accounts.chain.lastTouch", formats.dateTime(member.lastTouch()));
                Label line = new Label(messages.get("accounts.chain.member", member.contactName(),
                        String.join(", ", member.opportunities()), touched));
                line.getStyleClass().add("chain-member");
                line.setWrapText(true);
                chainBox.getChildren().add(line);
            }
        }
    }

    private void open(Section section, UUID id) {
        navigator.showRecord(section, id);
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

    @Override
    protected void edit(UUID id) {
        AccountFormView form = editor();
        form.startEdit(id);
        showForm(form);
    }

    @Override
    public void newRecord() {
        AccountFormView form = editor();
        form.startNew();
        showForm(form);
    }

    private AccountFormView editor() {
        AccountFormView form = loader.load(AccountFormView.class).controller();
        form.onSaved(account -> readAgainAndSelect(account.id()));
        return form;
    }

    @Override
    public Parent root() {
        return root;
    }
}
