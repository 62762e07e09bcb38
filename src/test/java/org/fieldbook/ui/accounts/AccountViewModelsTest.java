package org.fieldbook.ui.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.AccountSummary;
import org.fieldbook.ui.common.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The accounts screen and the account editor, without the toolkit. */
class AccountViewModelsTest {
    @TempDir
    Path dataFolder;
    private Fixture fx;

    @BeforeEach
    void open() {
        fx = Fixture.withProfile(dataFolder);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private AccountFormViewModel form() {
        return new AccountFormViewModel(fx.context.accounts(), fx.context.pipelines(), fx.context.profile(), fx.runner,
                fx.errors, fx.messages, fx.formats, fx.undo, fx.revision, fx.announcer);
    }

    private AccountsViewModel list() {
        return new AccountsViewModel(fx.context.accounts(), fx.runner, fx.errors, fx.messages, fx.undo, fx.revision,
                fx.announcer);
    }

    @Test
    void cannotSaveWhileNameIsBlank() {
        AccountFormViewModel vm = form();
        vm.startNew();
        vm.nameProperty().set("   ");
        assertFalse(vm.canSaveProperty().get());
        assertEquals("validation.name.required", vm.errors().of(AccountFormViewModel.NAME));
        assertFalse(vm.save(saved -> { }), "nothing is saved");
        assertEquals(0L, fx.context.stats().liveCounts().get("account"));
        vm.nameProperty().set("Acme Tools");
        assertTrue(vm.canSaveProperty().get());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            -3,    validation.employees.negative
            2.5,   validation.employees.invalid
            many,  validation.employees.invalid
            '1,200', ''
            '',    ''
            """)
    void employeesMustBeAWholeNumberNotBelowZero(String typed, String expected) {
        AccountFormViewModel vm = form();
        vm.employeesProperty().set(typed);
        assertEquals(expected.isEmpty() ? null : expected, vm.errors().of(AccountFormViewModel.EMPLOYEES));
    }

    @Test
    void aNewAccountIsOwnedByTheUserAndUndoingItDeletesIt() {
        AccountFormViewModel vm = form();
        vm.startNew();
        assertEquals("Ada Lovelace", vm.ownerProperty().get().name());
        vm.nameProperty().set("  Acme Tools ");
        vm.employeesProperty().set("1,200");
        AtomicReference<Account> saved = new AtomicReference<>();
        assertTrue(vm.save(saved::set));
        assertEquals("Acme Tools", saved.get().name());
        assertEquals(1200, saved.get().employees());
        assertEquals(List.of("Saved account “Acme Tools”"), fx.announced);
        assertEquals("Undo new account “Acme Tools”", fx.undo.nextUndoProperty().get());

        fx.undoLast();
        assertEquals(0L, fx.context.stats().liveCounts().get("account"));
    }

    @Test
    void anEditStartsFromTheStoredVersionsAndUndoWritesTheOldValuesBack() {
        Account acme = fx.context.accounts().create(Account.create("Acme Tools", null));
        AccountFormViewModel vm = form();
        vm.startEdit(acme.id());
        assertEquals("Acme Tools", vm.nameProperty().get());
        vm.nameProperty().set("Acme Tools GmbH");
        vm.regionProperty().set("North");
        assertTrue(vm.save(saved -> { }));
        Account stored = fx.context.accounts().edit(acme.id()).original();
        assertEquals("Acme Tools GmbH", stored.name());
        assertEquals("North", stored.region());

        fx.undoLast();
        Account back = fx.context.accounts().edit(acme.id()).original();
        assertEquals("Acme Tools", back.name());
        assertNull(back.region());
    }

    @Test
    void theSearchMatchesNameIndustryRegionAndOwnerWhateverTheCase() {
        var me = fx.context.profile().profile().orElseThrow().me().id();
        fx.context.accounts().create(new Account(org.fieldbook.domain.TimeOrderedId.next(), "Acme Tools",
                "Manufacturing", null, "North", null, null, null, me, null, null, null, null));
        fx.context.accounts().create(Account.create("Brightwater Logistics", null));
        AccountsViewModel vm = list();
        vm.shown();
        assertEquals(2, vm.shownRows().size());
        assertEquals("2 accounts", vm.summaryProperty().get());
        for (String search : new String[] {"acme", "MANUFACT", "north", "lovelace"}) {
            vm.filterProperty().set(search);
            assertEquals(List.of("Acme Tools"), vm.shownRows().stream().map(r -> r.account().name()).toList(),
                    search);
        }
        assertEquals("1 of 2 accounts", vm.summaryProperty().get());
        vm.filterProperty().set("");
        assertEquals(2, vm.shownRows().size());
    }

    @Test
    void aDeletedAccountComesBackWithUndo() {
        fx.context.accounts().create(Account.create("Acme Tools", null));
        AccountsViewModel vm = list();
        vm.shown();
        AccountSummary acme = vm.shownRows().get(0);
        vm.selectedProperty().set(acme);
        assertEquals("Acme Tools", vm.detailProperty().get().account().name());

        vm.delete(acme);
        assertTrue(vm.shownRows().isEmpty());
        assertEquals("Undo delete of account “Acme Tools”", fx.undo.nextUndoProperty().get());
        fx.undoLast();
        vm.shown();
        assertEquals(1, vm.shownRows().size());
        assertTrue(fx.reported.isEmpty());
    }
}
