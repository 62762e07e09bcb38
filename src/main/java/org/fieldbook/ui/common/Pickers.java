package org.fieldbook.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/** Combo boxes that show records and enum values by their names in the user's language. */
public final class Pickers {
    private Pickers() {
    }

    /** Shows each item through {@code label}; an empty choice reads {@code none}. */
    public static <T> void show(ComboBox<T> box, Function<? super T, String> label, String none) {
        box.setCellFactory(list -> cell(label, none));
        box.setButtonCell(cell(label, none));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : label.apply(item);
            }

            @Override
            public T fromString(String text) {
                return box.getItems().stream().filter(item -> item != null && label.apply(item).equals(text))
                        .findFirst().orElse(null);
            }
        });
    }

    /** An optional enum choice: "none" first, then every constant by its display name. */
    public static <E extends Enum<E>> void enumChoices(ComboBox<E> box, E[] values, Messages messages) {
        List<E> items = new ArrayList<>();
        items.add(null);
        items.addAll(List.of(values));
        box.getItems().setAll(items);
        show(box, messages::name, messages.get("form.none"));
    }

    private static <T> ListCell<T> cell(Function<? super T, String> label, String none) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                if (empty) {
                    setText(null);
                } else {
                    setText(item == null ? none : label.apply(item));
                }
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("none"), !empty && item == null);
            }
        };
    }
}
