package org.fieldbook.ui.opportunities;

import java.util.UUID;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.fieldbook.domain.Payment;
import org.fieldbook.domain.PaymentKind;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.Pickers;
import org.fieldbook.ui.common.Theme;

/** "Payments…" of a won deal: the plan and the money received, a row at a time, with their totals. */
public final class PaymentsDialog {
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    private final PaymentsViewModel model;
    private final Messages messages;

    public PaymentsDialog(PaymentsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Dialog<ButtonType> show(Window owner, UUID opportunityId, String dealTitle, String currency,
                                   Runnable changed) {
        ListView<Payment> list = new ListView<>(model.rows());
        list.setId("paymentList");
        list.setPrefSize(520, 220);
        list.setPlaceholder(new Label(messages.get("payments.none")));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Payment item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.describe(item));
                pseudoClassStateChanged(OVERDUE, !empty && item != null && model.isOverdue(item));
            }
        });
        list.getStyleClass().add("payment-list");
        ComboBox<PaymentKind> kind = new ComboBox<>();
        kind.setId("paymentKindField");
        Pickers.enumChoices(kind, PaymentKind.values(), messages);
        kind.valueProperty().bindBidirectional(model.kindProperty());
        TextField amount = new TextField();
        amount.setId("paymentAmountField");
        amount.setPromptText(messages.get("payments.amount"));
        amount.setPrefWidth(110);
        amount.textProperty().bindBidirectional(model.amountProperty());
        DatePicker date = new DatePicker();
        date.setId("paymentDateField");
        date.setPrefWidth(140);
        date.valueProperty().bindBidirectional(model.dateProperty());
        TextField note = new TextField();
        note.setId("paymentNoteField");
        note.setPromptText(messages.get("payments.note"));
        HBox.setHgrow(note, Priority.ALWAYS);
        Button add = new Button(messages.get("payments.add"));
        add.setId("addPaymentButton");
        add.setDefaultButton(true);
        add.setOnAction(event -> model.add());
        Button remove = new Button(messages.get("payments.remove"));
        remove.setId("removePaymentButton");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> model.remove(list.getSelectionModel().getSelectedItem()));
        Label problem = new Label();
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label summary = new Label();
        summary.setId("paymentSummary");
        summary.textProperty().bind(model.summaryProperty());
        Label rule = new Label(messages.get("payments.overdueRule"));
        rule.setWrapText(true);
        rule.setMaxWidth(560);
        rule.getStyleClass().add("text-muted");

        VBox content = new VBox(8, new Label(dealTitle), list, summary, new HBox(6, kind, amount, date, note, add),
                problem, remove, rule);
        content.setPrefWidth(600);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("payments.title"));
        dialog.initModality(Modality.WINDOW_MODAL);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ButtonType close = new ButtonType(messages.get("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(close);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("paymentsDialog");
        Theme.style(dialog.getDialogPane());
        dialog.setOnHidden(event -> changed.run());
        model.load(opportunityId, currency);
        dialog.show();
        return dialog;
    }
}
