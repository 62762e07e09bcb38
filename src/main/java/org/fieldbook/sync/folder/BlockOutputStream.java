package org.fieldbook.sync.folder;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A stream cut into blocks of one size. A full block is handed on once more bytes come, so the block handed on
 * at close, marked as the last, is never empty unless nothing was written. Sealed snapshot chunks and a server
 * snapshot's rows are such blocks.
 */
public abstract class BlockOutputStream extends OutputStream {
    private final byte[] block;
    private int filled;
    private boolean closed;

    protected BlockOutputStream(int blockBytes) {
        this.block = new byte[blockBytes];
    }

    /** One block: the first {@code length} bytes of {@code bytes} (reused afterwards: copy what is kept). */
    protected abstract void block(byte[] bytes, int length, boolean last) throws IOException;

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (closed) {
            throw new IOException("the stream is closed");
        }
        while (len > 0) {
            if (filled == block.length) {
                block(block, filled, false); // more follows, so this full block is not the last
                filled = 0;
            }
            int n = Math.min(len, block.length - filled);
            System.arraycopy(b, off, block, filled, n);
            filled += n;
            off += n;
            len -= n;
        }
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            block(block, filled, true);
        }
    }
}
