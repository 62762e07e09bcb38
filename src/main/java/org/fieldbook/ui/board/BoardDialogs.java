package org.fieldbook.ui.board;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.fieldbook.domain.BoardCard;
import org.fieldbook.domain.Money;
import org.fieldbook.domain.PipelineStage;
import org.fieldbook.domain.RequiredField;
import org.fieldbook.service.BoardService;
import org.fieldbook.ui.common.Choice;
import org.fieldbook.ui.common.Confirm;
import org.fieldbook.ui.common.Formats;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.Theme;

/** The board's questions as small dialogs: the fields a stage requires, why a deal was lost, and delete. */
final class BoardDialogs implements BoardQuestions {
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private final Node owner;
    private final Messages messages;
    private final Formats formats;

    BoardDialogs(Node owner, Messages messages, Formats formats) {
        this.owner = owner;
        this.messages = messages;
        this.formats = formats;
    }

    @Override
    public void requiredFields(BoardCard card, PipelineStage stage, Set<RequiredField> missing, List<Choice> contacts,
                               Consumer<BoardService.FilledIn> filledIn, Runnable cancelled) {
        Dialog<ButtonType> dialog = dialog(messages.get("board.required.title", messages.dataName(stage.name())),
                messages.get("board.required.header", card.opportunity().title(), messages.dataName(stage.name())));
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        TextField amount = new TextField();
        amount.setId("requiredAmountField");
        amount.getStyleClass().add("amount-field");
        Label amountError = error();
        DatePicker close = new DatePicker();
        close.setId("requiredCloseField");
        Label closeError = error();
        ComboBox<Choice> decisionMaker = new ComboBox<>();
        decisionMaker.setId("requiredDecisionMakerField");
        decisionMaker.getItems().setAll(contacts);
        Label decisionMakerError = error();
        int row = 0;
        if (missing.contains(RequiredField.AMOUNT)) {
            amount.setPromptText(card.opportunity().amount().currency());
            row = addRow(grid, row, "opportunity.field.amount", amount, amountError);
        }
        if (missing.contains(RequiredField.EXPECTED_CLOSE)) {
            row = addRow(grid, row, "opportunity.field.expectedClose", close, closeError);
        }
        if (missing.contains(RequiredField.DECISION_MAKER)) {
            decisionMaker.setPromptText(messages.get(contacts.isEmpty() ? "board.required.noContacts"
                    : "board.required.chooseContact"));
            addRow(grid, row, "board.required.decisionMaker", decisionMaker, decisionMakerError);
        }
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = okButton(dialog, "board.required.ok");
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        BoardService.FilledIn[] answer = new BoardService.FilledIn[1];
        okButton.addEventFilter(ActionEvent.ACTION, event -> {
            Money money = null;
            LocalDate date = null;
            Choice person = null;
            boolean valid = true;
            if (missing.contains(RequiredField.AMOUNT)) {
                Optional<BigDecimal> typed = formats.parseAmount(amount.getText() == null ? "" : amount.getText());
                String key = amount.getText() == null || amount.getText().isBlank() ? "validation.amount.required"
                        : typed.isEmpty() ? "validation.amount.invalid"
                        : typed.get().signum() <= 0 ? "board.required.amountPositive" : null;
                valid &= show(amount, amountError, key);
                money = key == null ? new Money(typed.get(), card.opportunity().amount().currency()) : null;
            }
            if (missing.contains(RequiredField.EXPECTED_CLOSE)) {
                commitTypedDate(close);
                valid &= show(close, closeError, close.getValue() == null ? "validation.closeDate.required" : null);
                date = close.getValue();
            }
            if (missing.contains(RequiredField.DECISION_MAKER)) {
                person = decisionMaker.getValue();
                valid &= show(decisionMaker, decisionMakerError, person == null ? "board.required.chooseContact"
                        : null);
            }
            if (!valid) {
                event.consume();
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
                return;
            }
            answer[0] = new BoardService.FilledIn(money, date, person == null ? null : person.id());
        });
        dialog.setOnShown(event -> javafx.application.Platform.runLater(() -> grid.getChildren().stream()
                .filter(n -> n instanceof VBox).findFirst().map(n -> ((VBox) n).getChildren().get(0))
                .ifPresent(Node::requestFocus)));
        Optional<ButtonType> result = dialog.showAndWait();
        if (result.filter(ok::equals).isPresent() && answer[0] != null) {
            filledIn.accept(answer[0]);
        } else {
            cancelled.run();
        }
    }

    @Override
    public void lostReason(BoardCard card, List<String> reasons, Consumer<List<String>> listEdited,
                           Consumer<String> reason, Runnable cancelled) {
        Dialog<ButtonType> dialog = dialog(messages.get("board.lost.title"),
                messages.get("board.lost.header", card.opportunity().title()));
        ComboBox<String> field = new ComboBox<>();
        field.setId("lostReasonField");
        field.setEditable(true);
        field.getItems().setAll(reasons);
        field.setPrefWidth(320);
        field.setPromptText(messages.get("board.lost.prompt"));
        Label fieldError = error();
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        addRow(grid, 0, "opportunity.field.lostReason", field, fieldError);
        Button forget = new Button(messages.get("board.lost.remove"));
        forget.setId("forgetLostReason");
        forget.getStyleClass().add("flat");
        // offered only for a reason that is on the list: the chosen one, or one typed exactly as listed
        forget.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !field.getItems().contains(field.getEditor().getText()),
                field.getEditor().textProperty(), field.getItems()));
        forget.setOnAction(event -> {
            field.getItems().remove(field.getEditor().getText());
            field.getEditor().clear();
            listEdited.accept(List.copyOf(field.getItems()));
        });
        grid.add(forget, 1, 1);
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = okButton(dialog, "board.lost.ok");
        String[] answer = new String[1];
        ((Button) dialog.getDialogPane().lookupButton(ok)).addEventFilter(ActionEvent.ACTION, event -> {
            String typed = field.getEditor().getText();
            if (!show(field, fieldError, typed == null || typed.isBlank() ? "validation.lostReason.required" : null)) {
                event.consume();
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
                return;
            }
            answer[0] = typed.strip();
        });
        dialog.setOnShown(event -> javafx.application.Platform.runLater(field::requestFocus));
        Optional<ButtonType> result = dialog.showAndWait();
        if (result.filter(ok::equals).isPresent() && answer[0] != null) {
            reason.accept(answer[0]);
        } else {
            cancelled.run();
        }
    }

    @Override
    public void approvalNeeded(BoardCard card, PipelineStage stage, org.fieldbook.domain.ApprovalNeed need,
                               Consumer<String> request, Runnable cancelled) {
        String stageName = messages.dataName(stage.name());
        Dialog<ButtonType> dialog = dialog(messages.get("board.approval.title", stageName),
                messages.get("board.approval.header", card.opportunity().title(), stageName));
        var words = new org.fieldbook.ui.common.ApprovalWords(messages, formats);
        Label why = new Label(messages.get("board.approval.why",
                need.firing().stream().map(words::rule).collect(java.util.stream.Collectors.joining("; ")),
                messages.get("approval.facts", words.percent(need.facts().maxDiscount()),
                        formats.money(need.facts().amount()))));
        why.setWrapText(true);
        why.setMaxWidth(420);
        TextField note = new TextField();
        note.setId("approvalNoteField");
        note.setPromptText(messages.get("board.approval.notePrompt"));
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        grid.add(why, 0, 0, 2, 1);
        addRow(grid, 1, "board.approval.note", note, error());
        need.rejection().ifPresent(rejected -> grid.add(new Label(messages.get("board.approval.lastRejected",
                rejected.comment() == null ? "" : rejected.comment())), 0, 2, 2, 1));
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = okButton(dialog, "board.approval.request");
        dialog.setOnShown(event -> javafx.application.Platform.runLater(note::requestFocus));
        Optional<ButtonType> result = dialog.showAndWait();
        if (result.filter(ok::equals).isPresent()) {
            request.accept(note.getText());
        } else {
            cancelled.run();
        }
    }

    @Override
    public void confirmDelete(BoardCard card, Runnable confirmed, Runnable cancelled) {
        String title = card.opportunity().title();
        if (Confirm.delete(window(), messages, messages.get("opportunities.delete.question", title),
                messages.get("opportunities.delete.detail"))) {
            confirmed.run();
        } else {
            cancelled.run();
        }
    }

    private Dialog<ButtonType> dialog(String title, String header) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        if (window() != null) {
            dialog.initOwner(window());
        }
        dialog.getDialogPane().getStyleClass().add("form-dialog");
        Theme.style(dialog.getDialogPane());
        return dialog;
    }

    private ButtonType okButton(Dialog<ButtonType> dialog, String okKey) {
        ButtonType ok = new ButtonType(messages.get(okKey), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        ((Button) dialog.getDialogPane().lookupButton(ok)).setId("saveButton");
        ((Button) dialog.getDialogPane().lookupButton(cancel)).setId("cancelButton");
        return ok;
    }

    private int addRow(GridPane grid, int row, String labelKey, Control field, Label error) {
        Label label = new Label(messages.get(labelKey));
        label.setLabelFor(field);
        label.setMinWidth(Label.USE_PREF_SIZE);
        field.setAccessibleText(label.getText());
        VBox box = new VBox(field, error);
        box.getStyleClass().add("field-box");
        grid.addRow(row, label, box);
        return row + 1;
    }

    private static Label error() {
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setVisible(false);
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    /** Shows {@code key}'s sentence under the field (or clears it); true when the field is fine. */
    private boolean show(Control field, Label error, String key) {
        error.setText(key == null ? "" : messages.get(key));
        error.setVisible(key != null);
        field.pseudoClassStateChanged(DANGER, key != null);
        return key == null;
    }

    private static void commitTypedDate(DatePicker picker) {
        try {
            picker.commitValue();
        } catch (java.time.format.DateTimeParseException e) {
            picker.setValue(null);
        }
    }

    private javafx.stage.Window window() {
        return owner.getScene() == null ? null : owner.getScene().getWindow();
    }
}
