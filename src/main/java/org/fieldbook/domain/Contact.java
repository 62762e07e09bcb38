package org.fieldbook.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

public record Contact(UUID id, UUID accountId, String name, String title, String department, List<String> emails,
                      List<String> phones, String notes, Instant createdAt, Instant updatedAt) {
    public Contact {
        emails = emails == null ? List.of() : List.copyOf(emails);
        phones = phones == null ? List.of() : List.copyOf(phones);
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
