package org.fieldbook.ui.firstrun;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fieldbook.domain.Currencies;
import org.fieldbook.service.ProfileService;
import org.fieldbook.service.ProfileService.Profile;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.ErrorReporter;
import org.fieldbook.ui.common.FieldErrors;
import org.fieldbook.ui.common.FieldText;
import org.fieldbook.ui.common.FormState;

/**
 * The first-run questions: who the user is, the language of the window, which currency their deals are usually
 * in, and how to begin: with an empty folder, with the demo data, or by joining the team's folder.
 */
public final class FirstRunViewModel {
    static final String NAME = "name";
    static final String CURRENCY = "currency";
    /** The languages of the window, each named in itself. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE,
            Locale.TRADITIONAL_CHINESE);

    /** How the user begins once the questions are answered. */
    public enum StartWith { EMPTY, DEMO_DATA, JOIN_TEAM }

    /** What the user chose besides the profile, for the window to act on. */
    public record Answers(Locale language, StartWith startWith) {
    }

    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(this, "language");
    private final ObjectProperty<StartWith> startWith = new SimpleObjectProperty<>(this, "startWith",
            StartWith.EMPTY);

    private final ProfileService profiles;
    private final StringProperty name = new SimpleStringProperty(this, NAME, "");
    private final StringProperty currency = new SimpleStringProperty(this, CURRENCY, "");
    private final ObservableList<String> currencies = FXCollections.observableArrayList(Currencies.allCodes());
    private final FormState form;

    public FirstRunViewModel(ProfileService profiles, BackgroundRunner runner, ErrorReporter errors, Locale locale) {
        this.profiles = profiles;
        form = new FormState(runner, errors);
        form.ready(); // nothing to read first: the questions start blank
        name.addListener((obs, old, text) -> checkName());
        currency.addListener((obs, old, text) -> checkCurrency());
        currency.set(Currencies.defaultFor(locale));
        language.set(closestLanguage(locale));
        checkName();
        checkCurrency();
    }

    /** The window's language nearest to {@code locale}: Chinese by script or region, else English. */
    static Locale closestLanguage(Locale locale) {
        if (!"zh".equals(locale.getLanguage())) {
            return Locale.ENGLISH;
        }
        boolean traditional = "Hant".equals(locale.getScript()) || (locale.getScript().isEmpty()
                && List.of("TW", "HK", "MO").contains(locale.getCountry()));
        return traditional ? Locale.TRADITIONAL_CHINESE : Locale.SIMPLIFIED_CHINESE;
    }

    /** The language and the way to begin, as chosen. */
    public Answers answers() {
        return new Answers(language.get() == null ? Locale.ENGLISH : language.get(),
                startWith.get() == null ? StartWith.EMPTY : startWith.get());
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public ObjectProperty<StartWith> startWithProperty() {
        return startWith;
    }

    private void checkName() {
        form.check(NAME, FieldText.isBlank(name.get()) ? "validation.name.required" : null);
    }

    private void checkCurrency() {
        form.check(CURRENCY, Currencies.isValid(code()) ? null : "validation.currency.invalid");
    }

    private String code() {
        return currency.get() == null ? "" : currency.get().strip().toUpperCase(Locale.ROOT);
    }

    /** Saves the answers when they are valid; false (nothing saved) otherwise. */
    public boolean save(Consumer<Profile> saved) {
        if (!form.canSave()) {
            return false;
        }
        String answeredName = name.get().strip();
        String answeredCurrency = code();
        form.save(() -> profiles.setUp(answeredName, answeredCurrency), saved);
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
        return form.errors();
    }

    /** True while OK cannot be taken: the form is reading what it edits, or saving. */
    public ReadOnlyBooleanProperty busyProperty() {
        return form.busyProperty();
    }

    public ReadOnlyBooleanProperty canSaveProperty() {
        return form.canSaveProperty();
    }
}
