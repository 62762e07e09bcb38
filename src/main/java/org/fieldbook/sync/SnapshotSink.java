package org.fieldbook.sync;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where a snapshot goes once its cut is known: a file's header names the cut, so the transport writes it before
 * the body and hands back the stream the state is written to. Closing that stream ends the file.
 */
@FunctionalInterface
public interface SnapshotSink {
    OutputStream open(SnapshotCut cut) throws IOException;
}
