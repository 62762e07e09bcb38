package org.fieldbook.store;

import java.time.Duration;

/**
 * What {@link Store#compactIfSparse()} did to the database file.
 *
 * @param outcome     whether the file was rewritten
 * @param bytesBefore the file's length before
 * @param bytesAfter  its length after (the same unless compacted)
 * @param took        the time it took, the pause of other queries included
 */
public record FileCompaction(Outcome outcome, long bytesBefore, long bytesAfter, Duration took) {
    public enum Outcome {
        /** The file was rewritten without its dead space. */
        COMPACTED,
        /** Small, or mostly live data: left as it is. */
        NOT_NEEDED,
        /** Other work kept the database busy; left as it is, to be tried after the next bulk load. */
        BUSY,
        /** Rewriting failed (a full disk, say); the file is as it was before, and open again. */
        FAILED,
        /** A store without a file of its own to compact. */
        NO_FILE
    }

    static FileCompaction unchanged(Outcome outcome, long bytes, long startedNanos) {
        return new FileCompaction(outcome, bytes, bytes, Duration.ofNanos(System.nanoTime() - startedNanos));
    }
}
