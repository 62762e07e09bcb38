package org.fieldbook.domain;

import java.util.UUID;

/**
 * One change as a later change refers to it: its id, and the device and sequence number that made it.
 * Naming the device and sequence lets a replica tell that it holds the change from its per-device cursors
 * alone, even when it joined from a snapshot that no longer lists old changes one by one.
 */
public record Version(UUID changeId, UUID deviceId, long deviceSeq) {
    /** {@code changeId/deviceId/deviceSeq}, the form stored and sent. */
    @Override
    public String toString() {
        return changeId + "/" + deviceId + "/" + deviceSeq;
    }

    public static Version parse(String text) {
        String[] parts = text.split("/");
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a version: " + text);
        }
        return new Version(UUID.fromString(parts[0]), UUID.fromString(parts[1]), Long.parseLong(parts[2]));
    }
}
