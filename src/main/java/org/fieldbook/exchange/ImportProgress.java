package org.fieldbook.exchange;

/**
 * Told how far an import or dry run has read its rows. An import is one transaction: a listener that throws
 * (a {@link java.util.concurrent.CancellationException} when the user cancels) rolls the whole of it back.
 */
@FunctionalInterface
public interface ImportProgress {
    /** How often, in rows, the listener is told. */
    int EVERY = 200;

    ImportProgress NONE = (done, total) -> { };

    void rowsRead(int done, int total);
}
