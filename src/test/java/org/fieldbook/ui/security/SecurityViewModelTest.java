package org.fieldbook.ui.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fieldbook.service.EncryptionService;
import org.fieldbook.store.Database;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edit › Security… without the toolkit: rules at their fields, a wrong current passphrase at its field. */
class SecurityViewModelTest {
    @TempDir
    Path folder;

    @BeforeAll
    static void fewerKeyRounds() {
        System.setProperty("fieldbook.keyIterations", "10000");
    }

    @Test
    void rulesAndAWrongCurrentPassphraseAreShownAtTheirFieldsAndTheRightOneTurnsEncryptionOff() {
        List<Throwable> reported = new ArrayList<>();
        try (Database database = Database.open(folder)) {
            EncryptionService service = new EncryptionService(() -> database, () -> false);
            SecurityViewModel model = new SecurityViewModel(service, BackgroundRunner.inline(), reported::add,
                    Messages.load(Locale.ENGLISH), Runnable::run);
            model.load();
            assertEquals(SecurityViewModel.Action.TURN_ON, model.actionProperty().get());
            List<String> said = new ArrayList<>();
            model.apply(new char[0], "short".toCharArray(), "short".toCharArray(), said::add);
            assertEquals("passphrase.tooShort", model.fieldErrors().of("newPassphrase"));
            model.apply(new char[0], "long enough one".toCharArray(), "long enough two".toCharArray(), said::add);
            assertEquals("passphrase.notSame", model.fieldErrors().of("repeated"));
            assertFalse(database.encrypted());
            model.edited("newPassphrase");
            model.edited("repeated");
            model.apply(new char[0], "long enough one".toCharArray(), "long enough one".toCharArray(), said::add);
            assertTrue(database.encrypted());
            assertEquals(SecurityViewModel.Action.CHANGE, model.actionProperty().get());

            model.actionProperty().set(SecurityViewModel.Action.TURN_OFF);
            model.apply("not it at all".toCharArray(), new char[0], new char[0], said::add);
            assertEquals("passphrase.wrong", model.fieldErrors().of("currentPassphrase"), reported.toString());
            assertTrue(database.encrypted());
            model.edited("currentPassphrase");
            model.apply("long enough one".toCharArray(), new char[0], new char[0], said::add);
            assertFalse(database.encrypted());
            assertEquals(List.of("The database is encrypted.", "The database is no longer encrypted."), said);
            assertEquals(List.of(), reported);
        }
    }
}
