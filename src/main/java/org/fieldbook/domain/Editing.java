package org.fieldbook.domain;

/**
 * A record as an editor loaded it, with the versions of its fields at that moment. Saving compares the
 * edited record with {@code original}: only the fields the user changed are written, each with the
 * versions the user saw as its bases.
 */
public record Editing<T>(T original, FieldVersions versions) {
}
