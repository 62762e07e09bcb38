package org.fieldbook.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.Activity;
import org.fieldbook.domain.Contact;
import org.fieldbook.domain.ImportedRow;
import org.fieldbook.domain.Lead;
import org.fieldbook.domain.LeadAssignment;
import org.fieldbook.domain.Opportunity;
import org.fieldbook.domain.SalesRep;
import org.fieldbook.domain.StageChange;
import org.fieldbook.service.AssignmentRuleService;
import org.fieldbook.store.Tx;

/**
 * Everything an import will write, gathered row by row before anything is written: a dry run stops here, the
 * import writes it all in its one transaction. A rejected row takes back what it had added.
 */
final class ImportWrites {
    private record Update<T>(UUID id, T edited, String sourceKey) {
    }

    private static final int ROWS_PER_CHUNK = 5_000;

    private final List<SalesRep> reps = new ArrayList<>();
    private final List<Account> accounts = new ArrayList<>();
    private final List<Update<Account>> accountUpdates = new ArrayList<>();
    private final List<Contact> contacts = new ArrayList<>();
    private final List<Update<Contact>> contactUpdates = new ArrayList<>();
    private final List<Opportunity> opportunities = new ArrayList<>();
    private final List<StageChange> stageChanges = new ArrayList<>();
    private final List<Lead> leads = new ArrayList<>();
    private final List<Activity> activities = new ArrayList<>();
    /** The created records with a source key: the others are found again by the import's CREATE changes. */
    private final List<ImportedRow> created = new ArrayList<>();
    private final List<List<?>> all = List.of(reps, accounts, accountUpdates, contacts, contactUpdates,
            opportunities, stageChanges, leads, activities, created);
    private int[] rowStart = new int[all.size()];
    int mainCreated;
    int mainUpdated;
    int skipped;
    int accountsMade;
    int ownersMade;
    private int[] countsAtRowStart = new int[5];

    void startRow() {
        for (int i = 0; i < all.size(); i++) {
            rowStart[i] = all.get(i).size();
        }
        countsAtRowStart = new int[] {mainCreated, mainUpdated, skipped, accountsMade, ownersMade};
    }

    void discardRow() {
        for (int i = 0; i < all.size(); i++) {
            List<?> list = all.get(i);
            list.subList(rowStart[i], list.size()).clear();
        }
        mainCreated = countsAtRowStart[0];
        mainUpdated = countsAtRowStart[1];
        skipped = countsAtRowStart[2];
        accountsMade = countsAtRowStart[3];
        ownersMade = countsAtRowStart[4];
    }

    void newRep(SalesRep rep) {
        reps.add(rep);
                ownersMade++;
    }

    /** {@code main}: the row's own record, not one made because a row named it. */
    void newAccount(Account account, String sourceKey, boolean byReference) {
        accounts.add(account);
        keyed("account", account.id(), sourceKey);
        if (byReference) {
            accountsMade++;
        } else {
            mainCreated++;
        }
    }

    void updatedAccount(UUID id, Account edited, String sourceKey) {
        accountUpdates.add(new Update<>(id, edited, sourceKey));
        mainUpdated++;
    }

    void newContact(Contact contact, String sourceKey) {
        contacts.add(contact);
        keyed("contact", contact.id(), sourceKey);
        mainCreated++;
    }

    void updatedContact(UUID id, Contact edited, String sourceKey) {
        contactUpdates.add(new Update<>(id, edited, sourceKey));
        mainUpdated++;
    }

    void newOpportunity(Opportunity opportunity, List<StageChange> history, String sourceKey) {
        opportunities.add(opportunity);
        keyed("opportunity", opportunity.id(), sourceKey);
        stageChanges.addAll(history);
        mainCreated++;
    }

    void newLead(Lead lead, String sourceKey) {
        leads.add(lead);
        keyed("lead", lead.id(), sourceKey);
        mainCreated++;
    }

    void newActivity(Activity activity, String sourceKey) {
        activities.add(activity);
        keyed("activity", activity.id(), sourceKey);
        mainCreated++;
    }

    private void keyed(String entity, UUID id, String sourceKey) {
        if (sourceKey != null) {
            created.add(ImportedRow.created(entity, id, sourceKey));
        }
    }

    void skip() {
        skipped++;
    }

    /**
     * Writes it all in {@code tx}; returns the rows the batch records one by one: created ones with a source
     * key, and updated ones with their fields before.
     */
    List<ImportedRow> writeTo(Tx tx) {
        List<ImportedRow> written = new ArrayList<>(created);
        inChunks(tx, reps, tx.reps()::insertAll);
        inChunks(tx, accounts, tx.accounts()::insertAll);
        for (Update<Account> update : accountUpdates) {
            String before = tx.accounts().snapshot(update.id());
            tx.accounts().update(update.edited());
            written.add(new ImportedRow("account", update.id(), before, update.sourceKey()));
        }
        inChunks(tx, contacts, tx.contacts()::insertAll);
        for (Update<Contact> update : contactUpdates) {
            String before = tx.contacts().snapshot(update.id());
            tx.contacts().update(update.edited());
            written.add(new ImportedRow("contact", update.id(), before, update.sourceKey()));
        }
        inChunks(tx, opportunities, tx.opportunities()::insertAll);
        inChunks(tx, stageChanges, tx.stageChanges()::insertAll);
        LeadAssignment assignment = AssignmentRuleService.assignment(tx); // a lead with an owner keeps it
        inChunks(tx, leads.stream().map(assignment::assign).toList(), tx.leads()::insertAll);
        inChunks(tx, activities, tx.activities()::insertAll);
        return written;
    }

    /**
     * Inserts {@code rows} a few thousand at a time, writing their change records after each chunk: the same
     * records and changes as one call, without a hundred thousand of each waiting in memory at once.
     */
    private static <T> void inChunks(Tx tx, List<T> rows, Consumer<List<T>> insertAll) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_CHUNK) {
            insertAll.accept(rows.subList(from, Math.min(rows.size(), from + ROWS_PER_CHUNK)));
            tx.writePendingChanges();
        }
    }
}
