package org.fieldbook.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.CompanyNames;
import org.fieldbook.domain.Contact;
import org.fieldbook.domain.SalesRep;
import org.fieldbook.domain.TimeOrderedId;
import org.fieldbook.store.Tx;

/**
 * The records rows refer to: accounts by id from the other CRM (as earlier imports recorded it) or by
 * normalised name (the lead conversion's rule: case, spaces and legal forms such as Ltd or 有限公司 set aside),
 * contacts by e-mail, sales reps by name. Accounts and reps that rows make are found by the rows after them.
 */
final class ImportLookups {
    private final ImportMapping mapping;
    private final ImportWrites writes;
    private final Map<String, UUID> accountsByKey = new HashMap<>();
    private final Map<String, UUID> accountsBySource;
    private final Map<String, Contact> contactsByEmail = new HashMap<>();
    private final Map<String, UUID> contactsBySource;
    private final Map<UUID, UUID> accountOfContact = new HashMap<>();
    private final Map<String, UUID> repsByName = new HashMap<>();
    private final Map<String, String> matchKeys = new HashMap<>();
    /** What the current row added to the maps, taken back if the row is rejected. */
    private final List<Runnable> rowUndo = new java.util.ArrayList<>();

    ImportLookups(Tx tx, ImportMapping mapping, ImportWrites writes) {
        this.mapping = mapping;
        this.writes = writes;
        for (Account account : tx.accounts().all()) {
            accountsByKey.putIfAbsent(matchKey(account.name()), account.id());
        }
        accountsBySource = salesforceKeys(tx.imports().sourceKeys("account"));
        contactsBySource = salesforceKeys(tx.imports().sourceKeys("contact"));
        for (Contact contact : tx.contacts().all()) {
            accountOfContact.put(contact.id(), contact.accountId());
            for (String email : contact.emails()) {
                contactsByEmail.putIfAbsent(email.strip().toLowerCase(Locale.ROOT), contact);
            }
        }
        for (SalesRep rep : tx.reps().all()) {
            repsByName.putIfAbsent(rep.name().strip().toLowerCase(Locale.ROOT), rep.id());
        }
    }

    /** A name's match key, worked out once per name: rows name the same few accounts again and again. */
    private String matchKey(String name) {
        return matchKeys.computeIfAbsent(name, CompanyNames::matchKey);
    }

    /** Salesforce writes an id in 15 or 18 characters (the last 3 a checksum): both find the same record. */
    private static Map<String, UUID> salesforceKeys(Map<String, UUID> keys) {
        Map<String, UUID> all = new HashMap<>(keys);
        keys.forEach((key, id) -> {
            if (key.length() == 18) {
                all.putIfAbsent(key.substring(0, 15), id);
            }
        });
        return all;
    }

    private static UUID bySource(Map<String, UUID> keys, String value) {
        UUID found = keys.get(value);
        if (found == null && value.length() == 18) {
            found = keys.get(value.substring(0, 15));
        }
        return found;
    }

    void startRow() {
        rowUndo.clear();
    }

    void discardRow() {
        for (int i = rowUndo.size() - 1; i >= 0; i--) {
            rowUndo.get(i).run();
        }
        rowUndo.clear();
    }

    private <K, V> void put(Map<K, V> map, K key, V value) {
        if (map.containsKey(key)) {
            V old = map.get(key);
            rowUndo.add(() -> map.put(key, old));
        } else {
            rowUndo.add(() -> map.remove(key));
        }
        map.put(key, value);
    }

    UUID existingAccount(String name) {
        String key = matchKey(name);
        return key.isEmpty() ? null : accountsByKey.get(key);
    }

    /** The account a row names, made if the user asked for that; null when the row names none. */
    UUID account(String value, UUID owner) {
        if (value == null) {
            return null;
        }
        UUID found = bySource(accountsBySource, value);
        if (found == null) {
            found = existingAccount(value);
        }
        if (found != null) {
            return found;
        }
        if (!mapping.createsAccounts() || matchKey(value).isEmpty() || looksLikeId(value)) {
            throw new Rejection.Raised("import.reject.noAccount", "no account '" + value + "'", value);
        }
        Account made = Account.create(value.strip(), owner);
        writes.newAccount(made, null, true);
        remember(made, null);
        return made.id();
    }

    /** An id of another CRM is never a company's name: "001Ec00000GGw3hIAD" must not become an account. */
    private static boolean looksLikeId(String value) {
        return value.matches("[0-9A-Za-z]{15}|[0-9A-Za-z]{18}") && value.matches(".*\\d.*\\d.*\\d.*");
    }

    void remember(Account account, String sourceKey) {
        String key = matchKey(account.name());
        if (!accountsByKey.containsKey(key)) {
            put(accountsByKey, key, account.id());
        }
        if (sourceKey != null) {
            put(accountsBySource, sourceKey, account.id());
            if (sourceKey.length() == 18) {
                put(accountsBySource, sourceKey.substring(0, 15), account.id());
            }
        }
    }

    Contact contactByEmail(String email) {
        return email == null ? null : contactsByEmail.get(email.strip().toLowerCase(Locale.ROOT));
    }

    /** A contact by id from the other CRM or by e-mail, with its account: [contact, account]. */
    UUID[] contact(String value) {
        if (value == null) {
            return null;
        }
        UUID id = bySource(contactsBySource, value);
        if (id == null) {
            Contact byEmail = contactByEmail(value);
            id = byEmail == null ? null : byEmail.id();
        }
        return id == null ? null : new UUID[] {id, accountOfContact.get(id)};
    }

    void remember(Contact contact, String sourceKey) {
        put(accountOfContact, contact.id(), contact.accountId());
        for (String email : contact.emails()) {
            String key = email.strip().toLowerCase(Locale.ROOT);
            if (!contactsByEmail.containsKey(key)) {
                put(contactsByEmail, key, contact);
            }
        }
        if (sourceKey != null) {
            put(contactsBySource, sourceKey, contact.id());
        }
    }

    /** The sales rep a row names, made if the user asked for that. */
    UUID owner(String name) {
        if (name == null) {
            return null;
        }
        String key = name.strip().toLowerCase(Locale.ROOT);
        UUID found = repsByName.get(key);
        if (found != null) {
            return found;
        }
        if (!mapping.createsOwners()) {
            throw new Rejection.Raised("import.reject.noOwner", "no sales rep named '" + name + "'", name);
        }
        SalesRep made = new SalesRep(TimeOrderedId.next(), name.strip(), null, null, null);
        writes.newRep(made);
        put(repsByName, key, made.id());
        return made.id();
    }

    static List<String> emails(String... values) {
        return java.util.Arrays.stream(values).filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }
}
