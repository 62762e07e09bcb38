package org.fieldbook.ui.opportunities;

import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.fieldbook.domain.ApprovalStatus;
import org.fieldbook.ui.common.Messages;

/** The editor's Approvals row: the deal's requests with their answers, and "Request approval for a quote". */
final class DealApprovalsPane {
    private static final PseudoClass APPROVED = PseudoClass.getPseudoClass("approved");
    private static final PseudoClass REJECTED = PseudoClass.getPseudoClass("rejected");

    private DealApprovalsPane() {
    }

    /** Adds the row to the form's grid at {@code row}; it shows only while the deal has something to show. */
    static void attach(GridPane form, int row, DealApprovalsViewModel model, Messages messages) {
        Label label = new Label(messages.get("opportunity.approvals.title"));
        VBox box = new VBox(4);
        box.setId("dealApprovals");
        box.getStyleClass().add("deal-approvals");
        model.lines().addListener((javafx.collections.ListChangeListener<DealApprovalsViewModel.Line>) change -> {
            box.getChildren().removeIf(node -> node.getStyleClass().contains("deal-approval"));
            int at = 0;
            for (DealApprovalsViewModel.Line line : model.lines()) {
                Label text = new Label(line.text());
                text.getStyleClass().add("deal-approval");
                text.setWrapText(true);
                text.pseudoClassStateChanged(APPROVED, line.status() == ApprovalStatus.APPROVED);
                text.pseudoClassStateChanged(REJECTED, line.status() == ApprovalStatus.REJECTED);
                box.getChildren().add(at++, text);
            }
        });
        Label need = new Label();
        need.setWrapText(true);
        need.getStyleClass().add("text-muted");
        need.textProperty().bind(model.quoteNeedProperty());
        Button request = new Button(messages.get("opportunity.approvals.requestQuote"));
        request.setId("requestQuoteApprovalButton");
        request.setOnAction(event -> model.requestQuoteApproval());
        HBox ask = new HBox(8, need, request);
        ask.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        ask.visibleProperty().bind(model.canRequestQuoteProperty().or(model.quoteNeedProperty().isNotEmpty()));
        ask.managedProperty().bind(ask.visibleProperty());
        request.visibleProperty().bind(model.canRequestQuoteProperty());
        request.managedProperty().bind(request.visibleProperty());
        box.getChildren().add(ask);
        label.visibleProperty().bind(model.relevantProperty());
        label.managedProperty().bind(label.visibleProperty());
        box.visibleProperty().bind(model.relevantProperty());
        box.managedProperty().bind(box.visibleProperty());
        form.add(label, 0, row);
        form.add(box, 1, row, 3, 1);
    }
}
