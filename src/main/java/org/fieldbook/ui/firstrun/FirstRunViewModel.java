package org.fieldbook.ui.firstrun;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fieldbook.domain.Currencies;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.service.ProfileService;
import org.fieldbook.service.ProfileService.Profile;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.ErrorReporter;
import org.fieldbook.ui.common.FieldErrors;

/** The first-run questions: who the user is and which currency their deals are usually in. */
public final class FirstRunViewModel {
    static final String NAME = "name";
    static final String CURRENCY = "currency";

    private final ProfileService profiles;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final StringProperty name = new SimpleStringProperty(this, NAME, "");
    private final StringProperty currency = new SimpleStringProperty(this, CURRENCY, "");
    private final ObservableList<String> currencies = FXCollections.observableArrayList(Currencies.allCodes());
    private final FieldErrors fieldErrors = new FieldErrors();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper();

    public FirstRunViewModel(ProfileService profiles, BackgroundRunner runner, ErrorReporter errors, Locale locale) {
        this.profiles = profiles;
        this.runner = runner;
        this.errors = errors;
        name.addListener((obs, old, text) -> checkName());
        currency.addListener((obs, old, text) -> checkCurrency());
        currency.set(Currencies.defaultFor(locale));
        checkName();
        checkCurrency();
        canSave.bind(Bindings.createBooleanBinding(() -> !saving.get() && fieldErrors.isValid(), saving,
                fieldErrors.validProperty()));
    }

    private void checkName() {
        fieldErrors.edited(NAME);
        fieldErrors.check(NAME, name.get() == null || name.get().isBlank() ? "validation.name.required" : null);
    }

    private void checkCurrency() {
        fieldErrors.edited(CURRENCY);
        fieldErrors.check(CURRENCY, Currencies.isValid(code()) ? null : "validation.currency.invalid");
    }

    private String code() {
        return currency.get() == null ? "" : currency.get().strip().toUpperCase(Locale.ROOT);
    }

    /** Saves the answers when they are valid; false (nothing saved) otherwise. */
    public boolean save(Consumer<Profile> saved) {
        if (!canSave.get()) {
            return false;
        }
        String answeredName = name.get().strip();
        String answeredCurrency = code();
        saving.set(true);
        runner.run(() -> profiles.setUp(answeredName, answeredCurrency), profile -> {
            saving.set(false);
            saved.accept(profile);
        }, failure -> {
            saving.set(false);
            if (failure instanceof RuleViolation violation) {
                fieldErrors.refusedBy(violation);
            } else {
                errors.report(failure);
            }
        });
        return true;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public ObservableList<String> currencies() {
        return currencies;
    }

    public FieldErrors errors() {
        return fieldErrors;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }
}
