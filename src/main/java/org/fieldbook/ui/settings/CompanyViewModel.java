package org.fieldbook.ui.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.fieldbook.domain.CompanyLogo;
import org.fieldbook.domain.CompanyProfile;
import org.fieldbook.domain.Editing;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.domain.Violation;
import org.fieldbook.service.CompanyService;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.ErrorReporter;
import org.fieldbook.ui.common.FieldErrors;
import org.fieldbook.ui.common.Messages;

/**
 * Edit › Company…: the company's name, address, logo, quote terms and validity, saved together. A chosen logo is
 * checked at once (a PNG or JPEG of at most 64 KB) and stored only with the save.
 */
public final class CompanyViewModel {
    public static final String NAME = "name";
    public static final String ADDRESS = "address";
    public static final String LOGO = "logo";
    public static final String TERMS = "terms";
    public static final String VALIDITY = "validityDays";

    private final CompanyService company;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Messages messages;
    private final FieldErrors fieldErrors = new FieldErrors();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty terms = new SimpleStringProperty("");
    private final StringProperty validityDays = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<byte[]> logoImage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper logoDescription = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private Editing<CompanyProfile> started;
    private CompanyLogo newLogo;
    private boolean logoRemoved;

    public CompanyViewModel(CompanyService company, BackgroundRunner runner, ErrorReporter errors,
                            Messages messages) {
        this.company = company;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        name.addListener((obs, old, now) -> fieldErrors.edited(NAME));
        address.addListener((obs, old, now) -> fieldErrors.edited(ADDRESS));
        terms.addListener((obs, old, now) -> fieldErrors.edited(TERMS));
        validityDays.addListener((obs, old, now) -> {
            fieldErrors.edited(VALIDITY);
            fieldErrors.check(VALIDITY, days() == null ? "validation.company.validityRange" : null);
        });
    }

    public void load() {
        runner.run(() -> new Loaded(company.edit(), company.logo().orElse(null)), loaded -> {
            started = loaded.editing();
            CompanyProfile profile = started.original();
            name.set(text(profile.name()));
            address.set(text(profile.address()));
            terms.set(text(profile.terms()));
            validityDays.set(Integer.toString(profile.validityDays()));
            showLogo(loaded.logo());
            ready.set(true);
        }, errors::report);
    }

    private record Loaded(Editing<CompanyProfile> editing, CompanyLogo logo) {
    }

    /** Reads and checks a chosen image file; what is wrong with it is shown at the logo. */
    public void chooseLogo(Path file) {
        fieldErrors.edited(LOGO);
        runner.run(() -> {
            if (Files.size(file) > CompanyLogo.MAX_BYTES) {
                throw new RuleViolation(List.of(new Violation(LOGO, "validation.company.logoTooLarge")));
            }
            return company.checkedLogo(Files.readAllBytes(file));
        }, logo -> {
            newLogo = logo;
            logoRemoved = false;
            showLogo(logo);
        }, failure -> {
            if (failure instanceof RuleViolation violation) {
                fieldErrors.refusedBy(violation);
            } else if (failure instanceof IOException) {
                fieldErrors.refusedBy(new RuleViolation(List.of(new Violation(LOGO, "validation.company.logoFile"))));
            } else {
                errors.report(failure);
            }
        });
    }

    public void removeLogo() {
        newLogo = null;
        logoRemoved = true;
        fieldErrors.edited(LOGO);
        showLogo(null);
    }

    /** Saves; {@code saved} runs once stored. False when a field is wrong (nothing is asked of the store then). */
    public boolean save(Runnable saved) {
        Integer days = days();
        if (started == null || days == null || !fieldErrors.isValid()) {
            return false;
        }
        CompanyProfile before = started.original();
        CompanyProfile edited = new CompanyProfile(before.id(), name.get(), address.get(),
                logoRemoved ? null : before.logoId(), terms.get(), days);
        CompanyLogo logo = newLogo;
        runner.run(() -> company.save(started, edited, logo), profile -> saved.run(), failure -> {
            if (failure instanceof RuleViolation violation) {
                fieldErrors.refusedBy(violation);
            } else {
                errors.report(failure);
            }
        });
        return true;
    }

    private Integer days() {
        try {
            int days = Integer.parseInt(validityDays.get().strip());
            return days >= 1 && days <= CompanyProfile.MAX_VALIDITY_DAYS ? days : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void showLogo(CompanyLogo logo) {
        logoImage.set(logo == null ? null : logo.image());
        logoDescription.set(logo == null ? messages.get("company.logo.none") : messages.get("company.logo.size",
                logo.width(), logo.height(), (logo.image().length + 1023) / 1024));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    public FieldErrors errors() {
        return fieldErrors;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty termsProperty() {
        return terms;
    }

    public StringProperty validityDaysProperty() {
        return validityDays;
    }

    public ReadOnlyObjectProperty<byte[]> logoImageProperty() {
        return logoImage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty logoDescriptionProperty() {
        return logoDescription.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }
}
