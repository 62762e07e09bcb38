package org.fieldbook.ui.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.fieldbook.domain.Currencies;
import org.fieldbook.ui.common.Formats;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.Theme;

/**
 * The reporting currency and what one unit of each other currency in use is worth in it. A blank rate
 * removes it: figures that need it are then not shown, never added up without it.
 */
final class RatesDialog {
    private final Messages messages;
    private final Formats formats;

    record Result(String reporting, Map<String, BigDecimal> rates) {
    }

    RatesDialog(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    Optional<Result> show(Window owner, DashboardViewModel.RatesForm form) {
        TreeSet<String> codes = new TreeSet<>(form.currencies());
        codes.add(form.rates().reportingCurrency());
        ComboBox<String> reporting = new ComboBox<>();
        reporting.setId("reportingCurrencyField");
        reporting.getItems().setAll(Currencies.allCodes());
        reporting.setValue(form.rates().reportingCurrency());
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("dashboard.rates.reporting")), reporting);
        Map<String, TextField> fields = new LinkedHashMap<>();
        List<Label> targets = new ArrayList<>();
        int row = 1;
        for (String code : codes) {
            TextField field = new TextField();
            field.setId("rate" + code);
            field.setPrefColumnCount(10);
            form.rates().rate(code).filter(rate -> !code.equals(form.rates().reportingCurrency()))
                    .ifPresent(rate -> field.setText(formats.amount(rate.stripTrailingZeros())));
            Label target = new Label();
            targets.add(target);
            grid.addRow(row++, new Label(messages.get("dashboard.rates.one", code)), field, target);
            fields.put(code, field);
        }
        Runnable relabel = () -> {
            int i = 0;
            for (Map.Entry<String, TextField> entry : fields.entrySet()) {
                boolean same = entry.getKey().equals(reporting.getValue());
                entry.getValue().setDisable(same);
                targets.get(i++).setText(reporting.getValue());
            }
        };
        reporting.valueProperty().addListener((obs, old, code) -> {
            fields.values().forEach(TextField::clear); // rates to another currency are other numbers
            relabel.run();
        });
        relabel.run();
        Label hint = new Label(messages.get("dashboard.rates.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(420);
        grid.add(hint, 0, row, 3, 1);

        Dialog<Result> dialog = new Dialog<>();
        dialog.setTitle(messages.get("dashboard.rates.title"));
        dialog.setHeaderText(messages.get("dashboard.rates.header"));
        ButtonType save = new ButtonType(messages.get("dashboard.rates.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, new ButtonType(messages.get("action.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(Bindings.createBooleanBinding(
                () -> fields.values().stream().anyMatch(field -> !field.isDisabled() && rate(field.getText()) == null
                        && !field.getText().isBlank()),
                fields.values().stream().map(TextField::textProperty).toArray(javafx.beans.Observable[]::new)));
        Theme.style(dialog.getDialogPane());
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setResultConverter(button -> {
            if (button != save) {
                return null;
            }
            Map<String, BigDecimal> rates = new HashMap<>();
            fields.forEach((code, field) -> rates.put(code, rate(field.getText())));
            return new Result(reporting.getValue(), rates);
        });
        return dialog.showAndWait();
    }

    private BigDecimal rate(String text) {
        return formats.parseAmount(text).filter(value -> value.signum() > 0).orElse(null);
    }
}
