package org.fieldbook.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

public record Account(UUID id, String name, String industry, Integer employees, String region, String address,
                      String website, String phone, UUID ownerId, String tier, SourceChannel sourceChannel,
                      Instant createdAt, Instant updatedAt, CustomValues customFields) {
    public Account {
        customFields = customFields == null ? CustomValues.NONE : customFields;
    }

    /** An account without custom-field values (new, or made where custom fields do not apply). */
    public Account(UUID id, String name, String industry, Integer employees, String region, String address,
                   String website, String phone, UUID ownerId, String tier, SourceChannel sourceChannel,
                   Instant createdAt, Instant updatedAt) {
        this(id, name, industry, employees, region, address, website, phone, ownerId, tier, sourceChannel,
                createdAt, updatedAt, CustomValues.NONE);
    }

    /** A new, unsaved account with a fresh device-made id. */
    public static Account create(String name, UUID ownerId) {
        return new Account(TimeOrderedId.next(), name, null, null, null, null, null, null, ownerId, null, null,
                null, null);
    }

    public Account withName(String newName) {
        return new Account(id, newName, industry, employees, region, address, website, phone, ownerId, tier,
                sourceChannel, createdAt, updatedAt, customFields);
    }

    public Account withCustomFields(CustomValues values) {
        return new Account(id, name, industry, employees, region, address, website, phone, ownerId, tier,
                sourceChannel, createdAt, updatedAt, values);
    }

    public List<Violation> violations() {
        List<Violation> found = new ArrayList<>();
        if (name == null || name.isBlank()) {
            found.add(new Violation("name", "validation.name.required"));
        }
        if (employees != null && employees < 0) {
            found.add(new Violation("employees", "validation.employees.negative"));
        }
        if (website != null && !website.isBlank() && website.contains(" ")) {
            found.add(new Violation("website", "validation.website.invalid"));
        }
        return found;
    }
}
