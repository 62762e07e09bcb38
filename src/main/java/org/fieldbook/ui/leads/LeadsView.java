package org.fieldbook.ui.leads;

import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.fieldbook.domain.ActivityType;
import org.fieldbook.domain.Lead;
import org.fieldbook.domain.LeadStatus;
import org.fieldbook.domain.LeadSummary;
import org.fieldbook.ui.common.ActivityContext;
import org.fieldbook.ui.common.ContextMenus;
import org.fieldbook.ui.common.FollowUp;
import org.fieldbook.ui.common.FormDialog;
import org.fieldbook.ui.common.Formats;
import org.fieldbook.ui.common.Navigator;
import org.fieldbook.ui.common.RecordListView;
import org.fieldbook.ui.common.Section;
import org.fieldbook.ui.common.Tables;
import org.fieldbook.ui.common.ViewLoader;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The leads inbox: every lead with its company, contact details, channel, status, score and owner. Convert
 * makes or links the account, the contact and a deal; a converted lead shows links to them under the table.
 */
public final class LeadsView extends RecordListView<LeadSummary> {
    private final LeadsViewModel model;
    private final ViewLoader loader;
    private final Formats formats;
    private final Navigator navigator;
    private final FollowUp followUp;
    private final Supplier<ChannelsViewModel> channels;

    @FXML private BorderPane leadsPane;
    @FXML private TableView<LeadSummary> leadsTable;
    @FXML private TableColumn<LeadSummary, String> nameColumn;
    @FXML private TableColumn<LeadSummary, String> companyColumn;
    @FXML private TableColumn<LeadSummary, String> emailColumn;
    @FXML private TableColumn<LeadSummary, String> phoneColumn;
    @FXML private TableColumn<LeadSummary, String> channelColumn;
    @FXML private TableColumn<LeadSummary, LeadStatus> statusColumn;
    @FXML private TableColumn<LeadSummary, Integer> scoreColumn;
    @FXML private TableColumn<LeadSummary, String> ownerColumn;
    @FXML private Button convertButton;
    @FXML private HBox linksBar;
    @FXML private Label linksLabel;
    @FXML private Hyperlink accountLink;
    @FXML private Hyperlink contactLink;
    @FXML private Hyperlink opportunityLink;

    public LeadsView(LeadsViewModel model, ViewLoader loader, Formats formats, Navigator navigator,
                     FollowUp followUp, Supplier<ChannelsViewModel> channels) {
        super(model, loader.messages(), "leads.delete.question", "leads.delete.detail");
        this.model = model;
        this.loader = loader;
        this.formats = formats;
        this.navigator = navigator;
        this.followUp = followUp;
        this.channels = channels;
    }

    @FXML
    private void initialize() {
        var messages = loader.messages();
        nameColumn.setCellValueFactory(c -> constant(c.getValue().lead().name()));
        companyColumn.setCellValueFactory(c -> constant(c.getValue().lead().company()));
        emailColumn.setCellValueFactory(c -> constant(c.getValue().lead().email()));
        phoneColumn.setCellValueFactory(c -> constant(c.getValue().lead().phone()));
        channelColumn.setCellValueFactory(c -> constant(ChannelChoice.labelOf(c.getValue().lead(), messages)));
        statusColumn.setCellValueFactory(c -> constant(c.getValue().lead().status()));
        Tables.formatted(statusColumn, messages::name);
        scoreColumn.setCellValueFactory(c -> constant(c.getValue().lead().score()));
        ownerColumn.setCellValueFactory(c -> constant(c.getValue().ownerName()));
        showRows(leadsTable, "leads.empty");

        var selected = leadsTable.getSelectionModel().selectedItemProperty();
        convertButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || selected.get().lead().isConverted(), selected));
        selected.addListener((obs, old, row) -> showLinks(row));
        showLinks(null);
        attachMenu();
    }

    private void attachMenu() {
        var messages = loader.messages();
        MenuItem convert = new MenuItem(messages.get("leads.convert"), new FontIcon("mdal-call_merge"));
        convert.setId("convertItem");
        convert.setOnAction(event -> convertSelected());
        convert.disableProperty().bind(convertButton.disableProperty());
        MenuItem call = new MenuItem(messages.get("board.card.logCall"), new FontIcon("mdoal-call"));
        call.setId("logCallItem");
        call.setOnAction(event -> logActivity(ActivityType.CALL));
        MenuItem any = new MenuItem(messages.get("board.card.logActivity"), new FontIcon("mdal-add"));
        any.setId("logActivityItem");
        any.setOnAction(event -> logActivity(null));
        ContextMenus.attach(leadsTable, new ContextMenu(convert, new SeparatorMenuItem(), call, any));
    }

    private void logActivity(ActivityType type) {
        LeadSummary row = leadsTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            Lead lead = row.lead();
            ActivityContext about = lead.isConverted()
                    ? new ActivityContext(lead.convertedAccountId(), lead.convertedContactId(),
                            lead.convertedOpportunityId(), lead.id(), type)
                    : new ActivityContext(null, null, null, lead.id(), type);
            followUp.logActivity(window(), about, () -> readAgainAndSelect(lead.id()));
        }
    }

    private void showLinks(LeadSummary row) {
        boolean converted = row != null && row.lead().isConverted();
        linksBar.setVisible(converted);
        linksBar.setManaged(converted);
        if (!converted) {
            return;
        }
        Lead lead = row.lead();
        linksLabel.setText(loader.messages().get("leads.convertedOn", lead.convertedAt() == null ? ""
                : formats.dateTime(lead.convertedAt())));
        link(accountLink, row.accountName(), Section.ACCOUNTS, lead.convertedAccountId());
        link(contactLink, row.contactName(), Section.CONTACTS, lead.convertedContactId());
        link(opportunityLink, row.opportunityTitle(), Section.OPPORTUNITIES, lead.convertedOpportunityId());
    }

    private void link(Hyperlink link, String name, Section section, UUID id) {
        boolean shown = name != null && id != null;
        link.setVisible(shown);
        link.setManaged(shown);
        link.setText(name);
        link.setOnAction(event -> navigator.showRecord(section, id));
    }

    @FXML
    private void convertSelected() {
        LeadSummary row = leadsTable.getSelectionModel().getSelectedItem();
        if (row == null || row.lead().isConverted()) {
            return;
        }
        ConvertLeadView form = loader.load(ConvertLeadView.class).controller();
        form.onConverted(done -> readAgainAndSelect(done.lead().id()));
        form.start(row.lead().id());
        FormDialog.show(window(), loader.messages(), form, "leads.convert.confirm", "button.cancel")
                .getDialogPane().setId("convertDialog");
    }

    @FXML
    private void editChannels() {
        new ChannelsDialog(channels.get(), loader.messages()).show(window(), model::reload);
    }

    @Override
    public void newRecord() {
        LeadFormView form = editor();
        form.startNew();
        showForm(form);
    }

    @Override
    protected void edit(UUID id) {
        LeadFormView form = editor();
        form.startEdit(id);
        showForm(form);
    }

    private LeadFormView editor() {
        LeadFormView form = loader.load(LeadFormView.class).controller();
        form.onSaved(lead -> readAgainAndSelect(lead.id()));
        return form;
    }

    private Window window() {
        return leadsPane.getScene() == null ? null : leadsPane.getScene().getWindow();
    }

    @Override
    public Parent root() {
        return leadsPane;
    }
}
