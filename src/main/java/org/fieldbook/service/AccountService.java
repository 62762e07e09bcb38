package org.fieldbook.service;

import java.util.List;
import java.util.UUID;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.AccountSummary;
import org.fieldbook.domain.ContactSummary;
import org.fieldbook.domain.Editing;
import org.fieldbook.domain.FieldVersions;
import org.fieldbook.domain.OpportunitySummary;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.store.Store;

/** Use cases of accounts; each is one transaction. */
public final class AccountService {
    private final Store store;

    public AccountService(Store store) {
        this.store = store;
    }

    public List<AccountSummary> list() {
        return store.read(tx -> tx.accounts().summaries());
    }

    public Editing<Account> edit(UUID id) {
        return store.read(tx -> tx.accounts().edit(id));
    }

    public Account create(Account account) {
        RuleViolation.throwIfAny(account.violations());
        return store.write(tx -> {
            CustomFieldChecks.check(tx, "account", account.customFields());
            return tx.accounts().insert(account);
        });
    }

    public Account update(Editing<Account> started, Account edited) {
        RuleViolation.throwIfAny(edited.violations());
        return store.write(tx -> {
            CustomFieldChecks.check(tx, "account", edited.customFields());
            return tx.accounts().update(started, edited);
        });
    }

    /** Moves the account to the trash; its contacts and opportunities stay and show it as deleted. */
    public void delete(UUID id, FieldVersions seen) {
        store.writeVoid(tx -> tx.accounts().delete(id, seen));
    }

    public Account restore(UUID id) {
        return store.write(tx -> tx.accounts().restore(id));
    }

    /** What the account's detail pane shows. */
    public AccountDetail detail(UUID id) {
        return store.read(tx -> new AccountDetail(tx.accounts().get(id),
                tx.contacts().summariesOfAccount(id),
                tx.opportunities().summariesOfAccount(id)));
    }

    public record AccountDetail(Account account, List<ContactSummary> contacts, List<OpportunitySummary> opportunities) {
    }
}
