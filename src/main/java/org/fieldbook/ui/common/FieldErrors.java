package org.fieldbook.ui.common;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.domain.Violation;

/**
 * What is wrong with a form, field by field, as message keys: the form's own checks as the user types, plus
 * what the service refused on save (a {@link RuleViolation}), which stays until that field is edited.
 */
public final class FieldErrors {
    private final Map<String, String> checked = new HashMap<>();
    private final Map<String, String> refused = new HashMap<>();
    private final ObservableMap<String, String> shown = FXCollections.observableHashMap();
    // one view, kept here: a view made per call listens to the map only weakly, so a listener added to it (as
    // FieldDecorations does) went with the view at the next garbage collection, and refusals stopped showing
    private final ObservableMap<String, String> readOnlyShown = FXCollections.unmodifiableObservableMap(shown);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);

    /** Sets the result of the form's own check of {@code field}: a message key, or null when it is fine. */
    public void check(String field, String messageKey) {
        if (messageKey == null) {
            checked.remove(field);
        } else {
            checked.put(field, messageKey);
        }
        update(field);
    }

    /** The user changed {@code field}: what the service said about its old value no longer applies. */
    public void edited(String field) {
        if (refused.remove(field) != null) {
            update(field);
        }
    }

    /** Shows each violation the service found at its field. */
    public void refusedBy(RuleViolation violation) {
        for (Violation v : violation.violations()) {
            refused.put(v.field(), v.messageKey());
            update(v.field());
        }
    }

    private void update(String field) {
        String key = checked.getOrDefault(field, refused.get(field));
        if (key == null) {
            shown.remove(field);
        } else {
            shown.put(field, key);
        }
        valid.set(shown.isEmpty());
    }

    /** The message key of what is wrong with {@code field}, or null. */
    public String of(String field) {
        return shown.get(field);
    }

    /** Field to message key, for views that decorate fields. */
    public ObservableMap<String, String> all() {
        return readOnlyShown;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }
}
