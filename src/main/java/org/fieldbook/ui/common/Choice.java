package org.fieldbook.ui.common;

import java.util.UUID;

/** A record as a picker lists it: its id and the name the user recognises it by. */
public record Choice(UUID id, String label) {
    @Override
    public String toString() {
        return label;
    }
}
