package org.fieldbook.ui.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fieldbook.exchange.ImportMapping;
import org.fieldbook.exchange.ImportType;
import org.fieldbook.exchange.SourceTable;
import org.fieldbook.ui.common.Messages;

/**
 * The mapping page: each column of the file and the field it fills (matched by name to begin with, or taken
 * from a saved mapping), whether rows may create the accounts and owners they name, and the name to save the
 * mapping under. Two columns filling one field is refused here, before any row is read.
 */
public final class MappingStep {
    /** The field of a column left out. */
    public static final String NONE = "";

    private final Messages messages;
    private final ObservableList<ColumnChoice> columns = FXCollections.observableArrayList(
            column -> new Observable[] {column.fieldProperty()});
    private final ObservableList<String> fields = FXCollections.observableArrayList();
    private final Map<String, String> customLabels = new LinkedHashMap<>();
    private final BooleanProperty createAccounts = new SimpleBooleanProperty(this, "createAccounts", true);
    private final BooleanProperty createOwners = new SimpleBooleanProperty(this, "createOwners", true);
    private final StringProperty saveName = new SimpleStringProperty(this, "saveName", "");
    private final ObservableList<String> savedNames = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private List<String> headers = List.of();
    private ImportType type = ImportType.ACCOUNTS;

    MappingStep(Messages messages) {
        this.messages = messages;
        columns.addListener((javafx.collections.ListChangeListener<ColumnChoice>) change -> check());
    }

    /** The file's columns with the fields of {@code mapping}; custom fields of the type are offered too. */
    void fill(ImportType type, SourceTable table, ImportMapping mapping, Map<String, String> custom) {
        this.type = type;
        headers = table.headers();
        customLabels.clear();
        customLabels.putAll(custom);
        List<String> offered = new ArrayList<>();
        offered.add(NONE);
        offered.addAll(type.fields());
        custom.keySet().forEach(key -> offered.add(ImportType.CUSTOM + key));
        fields.setAll(offered);
        List<ColumnChoice> choices = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            String field = mapping.columns().get(header);
            choices.add(new ColumnChoice(header, sample(table, i), offered.contains(field) ? field : NONE));
        }
        columns.setAll(choices);
        if (mapping.createAccounts() != null) {
            createAccounts.set(mapping.createAccounts());
        }
        if (mapping.createOwners() != null) {
            createOwners.set(mapping.createOwners());
        }
    }

    /** The first non-empty value of a column in the first rows, shortened: what the user recognises it by. */
    private static String sample(SourceTable table, int column) {
        for (SourceTable.Row row : table.rows().subList(0, Math.min(table.rows().size(), 20))) {
            String cell = row.cell(column).strip();
            if (!cell.isEmpty()) {
                return cell.length() > 40 ? cell.substring(0, 39) + "…" : cell;
            }
        }
        return "";
    }

    private void check() {
        Map<String, String> firstColumn = new LinkedHashMap<>();
        for (ColumnChoice choice : columns) {
            String field = choice.fieldProperty().get();
            if (field == null || field.isEmpty()) {
                continue;
            }
            String earlier = firstColumn.putIfAbsent(field, choice.column());
            if (earlier != null) {
                problem.set(messages.get("import.mapping.twice", label(field), earlier, choice.column()));
                return;
            }
        }
        problem.set("");
    }

    /** Column → field of the columns imported. */
    Map<String, String> chosenColumns() {
        Map<String, String> chosen = new LinkedHashMap<>();
        for (ColumnChoice choice : columns) {
            String field = choice.fieldProperty().get();
            if (field != null && !field.isEmpty()) {
                chosen.put(choice.column(), field);
            }
        }
        return chosen;
    }

    /** Forgets the columns, so that the next file read fills the page afresh. */
    void forget() {
        headers = List.of();
    }

    List<String> headers() {
        return headers;
    }

    void note(String text) {
        note.set(text);
    }

    /** The field's name in the user's language: "Expected close", a custom field by its own label. */
    public String label(String field) {
        if (field == null || field.isEmpty()) {
            return messages.get("import.field.none");
        }
        if (field.startsWith(ImportType.CUSTOM)) {
            return customLabels.getOrDefault(field.substring(ImportType.CUSTOM.length()), field);
        }
        String text = messages.find("import.field." + type.name() + "." + field);
        if (text == null) {
            text = messages.find("import.field." + field);
        }
        return text != null ? text : field;
    }

    public ObservableList<ColumnChoice> columns() {
        return columns;
    }

    public ObservableList<String> fields() {
        return fields;
    }

    public BooleanProperty createAccountsProperty() {
        return createAccounts;
    }

    public BooleanProperty createOwnersProperty() {
        return createOwners;
    }

    public StringProperty saveNameProperty() {
        return saveName;
    }

    public ObservableList<String> savedNames() {
        return savedNames;
    }

    /** Which saved mapping is in use, or that one was saved. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** Why the page cannot go on (two columns fill one field); empty when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
