package org.fieldbook.store.change;

import java.util.Set;
import org.fieldbook.domain.Version;
import java.util.UUID;

/**
 * One change in the form DESIGN.md's Sync section gives: what changed (entity, row, op, field, value as JSON),
 * who made it and in which order (device, gap-free device sequence, hybrid clock), and which values the
 * writer had seen ({@code bases}: change ids). A CREATE carries every field as one JSON object and has no field.
 */
public record ChangeRecord(UUID changeId, int format, int schemaVersion, UUID deviceId, long deviceSeq, Hlc hlc,
                           String entity, UUID rowId, ChangeOp op, String field, String valueJson, Set<Version> bases) {
    /** The record layout this build writes; a peer's record with a higher format is kept but not applied. */
    public static final int FORMAT = 1;

    public ChangeRecord {
        bases = Set.copyOf(bases);
    }

    /** How later changes refer to this one. */
    public Version version() {
        return new Version(changeId, deviceId, deviceSeq);
    }
}
