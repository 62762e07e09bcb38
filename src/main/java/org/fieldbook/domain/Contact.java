package org.fieldbook.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

public record Contact(UUID id, UUID accountId, String name, String title, String department, List<String> emails,
                      List<String> phones, String notes, Instant createdAt, Instant updatedAt,
                      CustomValues customFields) {
    public Contact {
        emails = emails == null ? List.of() : List.copyOf(emails);
        phones = phones == null ? List.of() : List.copyOf(phones);
        customFields = customFields == null ? CustomValues.NONE : customFields;
    }

    /** A contact without custom-field values (new, or made where custom fields do not apply). */
    public Contact(UUID id, UUID accountId, String name, String title, String department, List<String> emails,
                   List<String> phones, String notes, Instant createdAt, Instant updatedAt) {
        this(id, accountId, name, title, department, emails, phones, notes, createdAt, updatedAt, CustomValues.NONE);
    }

    public Contact withCustomFields(CustomValues values) {
        return new Contact(id, accountId, name, title, department, emails, phones, notes, createdAt, updatedAt,
                values);
    }

    public static Contact create(UUID accountId, String name) {
        return new Contact(TimeOrderedId.next(), accountId, name, null, null, List.of(), List.of(), null, null, null);
    }

    public String primaryEmail() {
        return emails.isEmpty() ? null : emails.get(0);
    }

    public String primaryPhone() {
        return phones.isEmpty() ? null : phones.get(0);
    }

    public List<Violation> violations() {
        List<Violation> found = new ArrayList<>();
        if (name == null || name.isBlank()) {
            found.add(new Violation("name", "validation.name.required"));
        }
        for (String email : emails) {
            if (!EmailAddress.isValid(email)) {
                found.add(new Violation("email", "validation.email.invalid"));
                break;
            }
        }
        return found;
    }
}
