package org.fieldbook.ui.roles;

import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.beans.property.SimpleObjectProperty;
import org.fieldbook.domain.BuyingRole;
import org.fieldbook.domain.BuyingRoleSummary;
import org.fieldbook.domain.Contact;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.Pickers;
import org.fieldbook.ui.common.Tables;
import org.fieldbook.ui.common.Theme;
import org.kordamp.ikonli.javafx.FontIcon;

/** The buying-roles dialog of one opportunity: the decision-maker flag, the roles, and a line to add one. */
public final class RolesView {
    private final RolesViewModel model;
    private final Messages messages;
    private final VBox root;

    public RolesView(RolesViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;

        Label flag = new Label(messages.get("roles.flag"), new FontIcon("mdmz-warning"));
        flag.setId("decisionMakerFlag");
        flag.getStyleClass().add("decision-maker-flag");
        flag.setWrapText(true);
        flag.visibleProperty().bind(model.flaggedProperty());
        flag.managedProperty().bind(flag.visibleProperty());

        TableView<BuyingRoleSummary> table = new TableView<>(model.rows());
        table.setId("rolesTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(Tables.placeholder(messages.get("roles.empty")));
        TableColumn<BuyingRoleSummary, String> name = new TableColumn<>(messages.get("contact.field.name"));
        name.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().contactName()));
        name.setPrefWidth(170);
        TableColumn<BuyingRoleSummary, String> title = new TableColumn<>(messages.get("contact.field.title"));
        title.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().contactTitle()));
        title.setPrefWidth(150);
        TableColumn<BuyingRoleSummary, String> role = new TableColumn<>(messages.get("roles.role"));
        role.setCellValueFactory(c -> new SimpleObjectProperty<>(messages.name(c.getValue().role().role())));
        role.setPrefWidth(130);
        TableColumn<BuyingRoleSummary, BuyingRoleSummary> remove = new TableColumn<>("");
        remove.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue()));
        remove.setCellFactory(c -> new TableCell<>() {
            private final Button button = new Button(null, new FontIcon("mdal-close"));

            {
                button.getStyleClass().addAll("button-icon", "flat");
                button.setTooltip(new javafx.scene.control.Tooltip(messages.get("roles.remove")));
                button.setOnAction(event -> model.remove(getItem()));
            }

            @Override
            protected void updateItem(BuyingRoleSummary item, boolean empty) {
                super.updateItem(item, empty);
                setGraphic(empty || item == null ? null : button);
            }
        });
        remove.setPrefWidth(48);
        table.getColumns().setAll(java.util.List.of(name, title, role, remove));
        table.setPrefHeight(240);

        ComboBox<Contact> contactField = new ComboBox<>(model.candidates());
        contactField.setId("roleContactField");
        Pickers.show(contactField, Contact::name, "");
        contactField.valueProperty().bindBidirectional(model.contactProperty());
        contactField.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(contactField, Priority.ALWAYS);
        ComboBox<BuyingRole> roleField = new ComboBox<>();
        roleField.setId("roleField");
        roleField.getItems().setAll(BuyingRole.values());
        Pickers.show(roleField, messages::name, "");
        roleField.valueProperty().bindBidirectional(model.roleProperty());
        Button add = new Button(messages.get("roles.add"), new FontIcon("mdmz-person_add"));
        add.setId("addRoleButton");
        add.disableProperty().bind(model.contactProperty().isNull());
        add.setOnAction(event -> model.add());
        HBox addLine = new HBox(8, contactField, roleField, add);
        addLine.setAlignment(Pos.CENTER_LEFT);
        Label problem = new Label();
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(Bindings.createStringBinding(() -> model.problemProperty().get().isEmpty() ? ""
                : messages.get(model.problemProperty().get()), model.problemProperty()));
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label noContacts = new Label(messages.get("roles.noContacts"));
        noContacts.getStyleClass().add("detail-empty");
        noContacts.visibleProperty().bind(Bindings.isEmpty(model.candidates()));
        noContacts.managedProperty().bind(noContacts.visibleProperty());

        root = new VBox(10, flag, table, addLine, problem, noContacts);
        root.setPrefWidth(620);
    }

    public void show(Window owner, UUID opportunityId, Runnable changed) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initModality(Modality.WINDOW_MODAL);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setResizable(true);
        dialog.getDialogPane().setId("rolesDialog");
        dialog.titleProperty().bind(Bindings.createStringBinding(() -> messages.get("roles.title",
                model.titleProperty().get()), model.titleProperty()));
        dialog.getDialogPane().setContent(root);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(messages.get("button.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        Theme.style(dialog.getDialogPane());
        model.load(opportunityId, changed);
        dialog.show();
    }
}
