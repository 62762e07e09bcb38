package org.fieldbook.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.collections.MapChangeListener;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.domain.Violation;
import org.junit.jupiter.api.Test;

class FieldErrorsTest {

    @Test
    void aListenerOnTheErrorsHearsARefusalAfterAGarbageCollection() {
        FieldErrors errors = new FieldErrors();
        List<String> heard = new ArrayList<>();
        errors.all().addListener((MapChangeListener<String, String>) change -> heard.add(change.getKey()));

        collectGarbage();
        errors.refusedBy(new RuleViolation(List.of(new Violation("currentPassphrase", "passphrase.wrong"))));

        assertEquals(List.of("currentPassphrase"), heard);
        assertEquals(Map.of("currentPassphrase", "passphrase.wrong"), Map.copyOf(errors.all()));
    }

    @Test
    void anEditClearsWhatTheServiceRefusedButNotTheFormsOwnCheck() {
        FieldErrors errors = new FieldErrors();
        errors.check("name", "validation.name.required");
        errors.refusedBy(new RuleViolation(List.of(new Violation("email", "validation.email"))));
        errors.edited("email");
        errors.edited("name");
        assertEquals(Map.of("name", "validation.name.required"), Map.copyOf(errors.all()));
    }

    /** Runs collections until an object nothing refers to is gone: the weakly held views went with it. */
    private static void collectGarbage() {
        WeakReference<Object> sentinel = new WeakReference<>(new Object());
        for (int i = 0; i < 50 && sentinel.get() != null; i++) {
            System.gc();
        }
        assertEquals(null, sentinel.get(), "a garbage collection ran");
    }
}
