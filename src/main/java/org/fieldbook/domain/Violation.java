package org.fieldbook.domain;

/** One broken rule on one field; {@code messageKey} names a resource-bundle message. */
public record Violation(String field, String messageKey) {
}
