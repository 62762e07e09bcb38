package org.fieldbook.ui.settings;

import java.io.ByteArrayInputStream;
import java.io.File;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.fieldbook.ui.common.FieldDecorations;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.Theme;

/** Edit › Company…: the details every quote is issued under, with the logo's preview. */
public final class CompanyDialog {
    private final CompanyViewModel model;
    private final Messages messages;

    public CompanyDialog(CompanyViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Dialog<ButtonType> show(Window owner) {
        FieldDecorations decorations = new FieldDecorations(messages, model.errors());
        GridPane form = new GridPane();
        form.getStyleClass().add("form-grid");
        form.setHgap(8);
        form.setVgap(6);
        TextField name = new TextField();
        name.setId("companyNameField");
        name.textProperty().bindBidirectional(model.nameProperty());
        row(form, 0, "company.name", name, CompanyViewModel.NAME, decorations);
        TextArea address = area("companyAddressField", 3);
        address.setPromptText(messages.get("company.address.prompt"));
        address.textProperty().bindBidirectional(model.addressProperty());
        row(form, 1, "company.address", address, CompanyViewModel.ADDRESS, decorations);

        ImageView preview = new ImageView();
        preview.setId("companyLogoPreview");
        preview.setFitWidth(150);
        preview.setFitHeight(56);
        preview.setPreserveRatio(true);
        preview.visibleProperty().bind(preview.imageProperty().isNotNull()); // no blank square without a logo
        preview.managedProperty().bind(preview.visibleProperty());
        model.logoImageProperty().addListener((obs, old, bytes) -> preview.setImage(bytes == null ? null
                : new Image(new ByteArrayInputStream(bytes))));
        Label logoText = new Label();
        logoText.setId("companyLogoText");
        logoText.getStyleClass().add("text-muted");
        logoText.textProperty().bind(model.logoDescriptionProperty());
        Button choose = new Button(messages.get("company.logo.choose"));
        choose.setId("chooseLogoButton");
        Button remove = new Button(messages.get("company.logo.remove"));
        remove.setId("removeLogoButton");
        remove.disableProperty().bind(model.logoImageProperty().isNull());
        remove.setOnAction(event -> model.removeLogo());
        // the logo has no field to decorate: what is wrong with the chosen image is said under it
        Label logoError = new Label();
        logoError.setId("logoError");
        logoError.getStyleClass().add("field-error");
        logoError.setWrapText(true);
        logoError.managedProperty().bind(logoError.visibleProperty());
        logoError.setVisible(false);
        model.errors().all().addListener((javafx.collections.MapChangeListener<String, String>) change -> {
            String key = model.errors().of(CompanyViewModel.LOGO);
            logoError.setText(key == null ? "" : messages.get(key));
            logoError.setVisible(key != null);
        });
        HBox logo = new HBox(8, preview, new VBox(4, logoText, new HBox(6, choose, remove), logoError));
        Label logoLabel = new Label(messages.get("company.logo"));
        logoLabel.setMinWidth(Label.USE_PREF_SIZE);
        form.add(logoLabel, 0, 2);
        form.add(logo, 1, 2);

        TextArea terms = area("companyTermsField", 5);
        terms.textProperty().bindBidirectional(model.termsProperty());
        row(form, 3, "company.terms", terms, CompanyViewModel.TERMS, decorations);
        TextField days = new TextField();
        days.setId("companyValidityField");
        days.setPrefColumnCount(5);
        days.setMaxWidth(Control.USE_PREF_SIZE);
        days.textProperty().bindBidirectional(model.validityDaysProperty());
        row(form, 4, "company.validityDays", days, CompanyViewModel.VALIDITY, decorations);
        form.disableProperty().bind(model.readyProperty().not());

        Label header = new Label(messages.get("company.header"));
        header.setWrapText(true);
        VBox content = new VBox(10, header, form);
        content.setPrefWidth(560);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("company.title"));
        dialog.initModality(Modality.WINDOW_MODAL);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setResizable(true);
        ButtonType save = new ButtonType(messages.get("button.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("companyDialog");
        Node saveButton = dialog.getDialogPane().lookupButton(save);
        saveButton.setId("saveCompanyButton");
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // the dialog closes once the details are stored, not before
            if (!model.save(() -> dialog.setResult(save))) {
                decorations.showAllAndFocusFirst();
            }
        });
        choose.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("company.logo.filter"),
                    "*.png", "*.jpg", "*.jpeg"));
            File picked = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
            if (picked != null) {
                model.chooseLogo(picked.toPath());
            }
        });
        Theme.style(dialog.getDialogPane());
        model.load();
        dialog.show();
        return dialog;
    }

    private TextArea area(String id, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        return area;
    }

    private void row(GridPane form, int row, String key, Control field, String name, FieldDecorations decorations) {
        Label label = new Label(messages.get(key));
        label.setMinWidth(Label.USE_PREF_SIZE);
        Label message = new Label();
        message.setId(name + "Error");
        decorations.bind(name, field, message);
        VBox box = new VBox(2, field, message);
        box.getStyleClass().add("field-box");
        form.add(label, 0, row);
        form.add(box, 1, row);
        GridPane.setHgrow(box, Priority.ALWAYS);
    }
}
