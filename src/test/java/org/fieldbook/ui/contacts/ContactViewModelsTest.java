package org.fieldbook.ui.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.Contact;
import org.fieldbook.ui.common.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contact editor and list, without the toolkit. */
class ContactViewModelsTest {
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

    private ContactFormViewModel form() {
        return new ContactFormViewModel(fx.context.contacts(), fx.context.accounts(), fx.runner, fx.errors,
                fx.messages, fx.undo, fx.revision, fx.announcer);
    }

    @Test
    void aBadEmailAddressIsRefusedAtItsField() {
        ContactFormViewModel vm = form();
        vm.startNew(null);
        vm.nameProperty().set("Grace Hopper");
        vm.emailProperty().set("grace@");
        assertEquals("validation.email.invalid", vm.errors().of(ContactFormViewModel.EMAIL));
        assertFalse(vm.save(saved -> { }));
        vm.emailProperty().set("grace@acme.example");
        assertTrue(vm.canSaveProperty().get());
    }

    @Test
    void editingTheFirstAddressKeepsTheOthers() {
        Account acme = fx.context.accounts().create(Account.create("Acme Tools", null));
        Contact grace = Contact.create(acme.id(), "Grace Hopper");
        grace = fx.context.contacts().create(new Contact(grace.id(), acme.id(), "Grace Hopper", null, null,
                List.of("old@acme.example", "private@example.com"), List.of(), null, null, null));
        ContactFormViewModel vm = form();
        vm.startEdit(grace.id());
        assertEquals("Acme Tools", vm.accountProperty().get().label());
        assertEquals("old@acme.example", vm.emailProperty().get());
        vm.emailProperty().set("grace@acme.example");
        vm.save(saved -> { });
        assertEquals(List.of("grace@acme.example", "private@example.com"),
                fx.context.contacts().edit(grace.id()).original().emails());

        fx.undoLast();
        assertEquals(List.of("old@acme.example", "private@example.com"),
                fx.context.contacts().edit(grace.id()).original().emails());
    }

    @Test
    void aNewContactCanStartInAnAccountAndIsListedWithIt() {
        Account acme = fx.context.accounts().create(Account.create("Acme Tools", null));
        ContactFormViewModel vm = form();
        vm.startNew(acme.id());
        vm.nameProperty().set("Grace Hopper");
        vm.save(saved -> { });
        ContactsViewModel list = new ContactsViewModel(fx.context.contacts(), fx.runner, fx.errors, fx.messages,
                fx.undo, fx.revision, fx.announcer);
        list.shown();
        assertEquals("Acme Tools", list.shownRows().get(0).accountName());
        list.filterProperty().set("acme");
        assertEquals(1, list.shownRows().size());
        list.delete(list.shownRows().get(0));
        assertEquals(0, list.shownRows().size());
        fx.undoLast();
        list.shown();
        assertEquals(1, list.shownRows().size());
    }
}
