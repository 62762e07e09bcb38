package org.fieldbook.ui.exchange;

import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fieldbook.exchange.ImportMapping;
import org.fieldbook.exchange.ImportType;
import org.fieldbook.exchange.SourceTable;
import org.fieldbook.exchange.TextEncodings;
import org.fieldbook.ui.common.Messages;

/**
 * The preview page: the first rows as read, what was detected, and the user's encoding, separator and header
 * choices. A choice the user makes is kept (and asks for the file to be read again); what detection found is
 * shown in the same boxes but left to detection next time, so a saved mapping does not pin it down.
 */
public final class PreviewStep {
    /** Rows the preview table shows. */
    static final int ROWS = 20;

    private final Messages messages;
    private final Runnable readAgain;
    private final ObjectProperty<EncodingChoice> encoding = new SimpleObjectProperty<>(this, "encoding");
    private final ObjectProperty<DelimiterChoice> delimiter = new SimpleObjectProperty<>(this, "delimiter");
    private final BooleanProperty header = new SimpleBooleanProperty(this, "header", true);
    private final ReadOnlyStringWrapper detected = new ReadOnlyStringWrapper(this, "detected", "");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper(this, "warning", "");
    private final ReadOnlyBooleanWrapper spreadsheet = new ReadOnlyBooleanWrapper(this, "spreadsheet", false);
    private final ObservableList<String> headers = FXCollections.observableArrayList();
    private final ObservableList<List<String>> rows = FXCollections.observableArrayList();
    private boolean filling;
    private String encodingChosen;
    private String delimiterChosen;
    private Boolean headerChosen;

    PreviewStep(Messages messages, Runnable readAgain) {
        this.messages = messages;
        this.readAgain = readAgain;
        encoding.addListener((obs, old, chosen) -> chosen(() -> encodingChosen = chosen == null ? null
                : chosen.charsetName()));
        delimiter.addListener((obs, old, chosen) -> chosen(() -> delimiterChosen = chosen == null ? null
                : chosen.mappingText()));
        header.addListener((obs, old, chosen) -> chosen(() -> headerChosen = chosen));
    }

    private void chosen(Runnable remember) {
        if (!filling) {
            remember.run();
            readAgain.run();
        }
    }

    /** A new file: everything is detected again. */
    void forgetChoices() {
        encodingChosen = null;
        delimiterChosen = null;
        headerChosen = null;
    }

    /** The mapping's reading part: the user's choices, null where detection decides. */
    ImportMapping reading(ImportMapping mapping) {
        return mapping.withReading(encodingChosen, delimiterChosen, headerChosen);
    }

    ImportMapping reading(ImportType type) {
        return reading(ImportMapping.detect(type));
    }

    /** Shows the table read; {@code found} is what detection saw in the bytes (null for a workbook). */
    void show(SourceTable table, TextEncodings.Detected found) {
        boolean xlsx = found == null;
        filling = true;
        try {
            spreadsheet.set(xlsx);
            if (!xlsx) {
                encoding.set(EncodingChoice.of(table.charset(), found.bomLength() > 0 && encodingChosen == null));
                delimiter.set(DelimiterChoice.of(table.delimiter()));
            }
            header.set(table.hasHeader());
        } finally {
            filling = false;
        }
        detected.set(xlsx ? messages.get("import.preview.detectedXlsx", table.rows().size())
                : messages.get("import.preview.detected", found.charset().displayName(messages.locale())
                        + (found.bomLength() > 0 ? " (BOM)" : ""), messages.name(DelimiterChoice.of(table.delimiter())),
                table.rows().size()));
        warning.set(unreadable(table) ? messages.get("import.preview.badCharacters",
                encoding.get() == null ? table.charset().name() : messages.name(encoding.get())) : "");
        headers.setAll(table.headers());
        rows.setAll(table.rows().subList(0, Math.min(ROWS, table.rows().size())).stream()
                .map(row -> IntStream.range(0, table.headers().size()).mapToObj(row::cell).toList()).toList());
    }

    /** Text with U+FFFD in it: bytes the chosen encoding could not read. */
    private static boolean unreadable(SourceTable table) {
        return table.headers().stream().anyMatch(h -> h.indexOf('\uFFFD') >= 0) || table.rows().stream()
                .limit(1000).anyMatch(row -> row.cells().stream().anyMatch(c -> c.indexOf('\uFFFD') >= 0));
    }

    public ObjectProperty<EncodingChoice> encodingProperty() {
        return encoding;
    }

    public ObjectProperty<DelimiterChoice> delimiterProperty() {
        return delimiter;
    }

    public BooleanProperty headerProperty() {
        return header;
    }

    /** "UTF-8 (BOM), separated by Comma ,; 50 rows": what was found in the file. */
    public ReadOnlyStringProperty detectedProperty() {
        return detected.getReadOnlyProperty();
    }

    /** Set when the text holds characters the chosen encoding cannot read: a hint to choose another. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    /** An .xlsx workbook: no encoding nor separator to choose. */
    public ReadOnlyBooleanProperty spreadsheetProperty() {
        return spreadsheet.getReadOnlyProperty();
    }

    public ObservableList<String> headers() {
        return headers;
    }

    public ObservableList<List<String>> rows() {
        return rows;
    }
}
