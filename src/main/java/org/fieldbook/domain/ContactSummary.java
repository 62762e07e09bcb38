package org.fieldbook.domain;

/** A contact as lists show it: with its account's name. */
public record ContactSummary(Contact contact, String accountName) {
}
