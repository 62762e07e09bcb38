package org.fieldbook.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The team's company as its quotes show it: name, address (one line per line), logo, terms and how many days a
 * quote stays valid. One row per team with a fixed id, synced like any other record.
 */
public record CompanyProfile(UUID id, String name, String address, UUID logoId, String terms, int validityDays) {
    public static final UUID ID = UUID.fromString("01900000-0000-7000-8000-00000000c001");
    public static final int MAX_NAME = 200;
    public static final int MAX_ADDRESS = 1000;
    public static final int MAX_TERMS = 4000;
    public static final int MAX_VALIDITY_DAYS = 365;

    /** The same details with blank texts as none and lines stripped of trailing spaces. */
    public CompanyProfile normalised() {
        return new CompanyProfile(id, blankToNull(name), lines(address), logoId, blankToNull(terms), validityDays);
    }

    public CompanyProfile withName(String newName) {
        return new CompanyProfile(id, newName, address, logoId, terms, validityDays);
    }

    public CompanyProfile withValidityDays(int days) {
        return new CompanyProfile(id, name, address, logoId, terms, days);
    }

    public CompanyProfile withLogo(UUID logo) {
        return new CompanyProfile(id, name, address, logo, terms, validityDays);
    }

    /** The address as lines, without empty ones. */
    public List<String> addressLines() {
        return address == null ? List.of() : address.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    public List<Violation> violations() {
        List<Violation> found = new ArrayList<>();
        if (name != null && name.length() > MAX_NAME) {
            found.add(new Violation("name", "validation.company.nameTooLong"));
        }
        if (address != null && address.length() > MAX_ADDRESS) {
            found.add(new Violation("address", "validation.company.addressTooLong"));
        }
        if (terms != null && terms.length() > MAX_TERMS) {
            found.add(new Violation("terms", "validation.company.termsTooLong"));
        }
        if (validityDays < 1 || validityDays > MAX_VALIDITY_DAYS) {
            found.add(new Violation("validityDays", "validation.company.validityRange"));
        }
        return found;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String lines(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return String.join("\n", text.strip().lines().map(String::stripTrailing).toList());
    }
}
