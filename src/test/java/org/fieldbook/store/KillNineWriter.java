package org.fieldbook.store;

import java.nio.file.Path;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.Contact;

/**
 * A child process for {@link KillNineTest}: writes transactions of one account and five contacts as fast as
 * it can, printing each account's id once its transaction has committed, until it is killed.
 */
public final class KillNineWriter {
    private KillNineWriter() {
    }

    public static void main(String[] args) {
        Database database = Database.open(Path.of(args[0]));
        Store store = database.store();
        System.out.println("open");
        System.out.flush();
        for (int i = 0; ; i++) {
            int number = i;
            Account account = store.write(tx -> {
                Account saved = tx.accounts().insert(Account.create("Account " + number, null));
                for (int c = 0; c < 5; c++) {
                    tx.contacts().insert(Contact.create(saved.id(), "Contact " + number + "." + c));
                }
                return saved;
            });
            System.out.println(account.id());
            System.out.flush();
        }
    }
}
