package org.fieldbook.domain;

import java.util.UUID;

/** A record that was asked for by id is not there (or is in the trash). */
public class NotFound extends RuntimeException {
    public NotFound(String entity, UUID id) {
        super(entity + " " + id + " not found");
    }
}
