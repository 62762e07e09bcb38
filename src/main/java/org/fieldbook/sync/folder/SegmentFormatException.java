package org.fieldbook.sync.folder;

/** A file that is not (yet) a valid segment: still arriving, cut short, damaged, or for another team. */
public class SegmentFormatException extends Exception {
    public SegmentFormatException(String message) {
        super(message);
    }

    public SegmentFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
