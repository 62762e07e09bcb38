package org.fieldbook.report;

import java.util.concurrent.CancellationException;

/** Told after each part of an export is written; asked whether to go on. */
public interface ExportProgress {
    void done(int parts, int of);

    boolean cancelled();

    /** Throws when the person cancelled: the writer stops, and the half file is removed. */
    default void check() {
        if (cancelled()) {
            throw new CancellationException("export cancelled");
        }
    }

    static ExportProgress none() {
        return new ExportProgress() {
            @Override
            public void done(int parts, int of) {
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
    }
}
