package org.fieldbook.sync.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockOutputStreamTest {
    private final List<String> blocks = new ArrayList<>();

    private BlockOutputStream stream() {
        return new BlockOutputStream(4) {
            @Override
            protected void block(byte[] bytes, int length, boolean last) {
                blocks.add(new String(bytes, 0, length, java.nio.charset.StandardCharsets.US_ASCII)
                        + (last ? "|last" : ""));
            }
        };
    }

    @Test
    void aFullBlockGoesOnWhenMoreComesAndTheLastOnClose() throws IOException {
        try (BlockOutputStream out = stream()) {
            out.write("abcdefgh".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            assertEquals(List.of("abcd"), blocks, "a full block waits until more comes: it may be the last");
        }
        assertEquals(List.of("abcd", "efgh|last"), blocks, "a stream that ends on a block boundary has no empty block");
        blocks.clear();
        stream().close();
        assertEquals(List.of("|last"), blocks, "an empty stream still has its last block");
    }

    @Test
    void writesOfAnySizeAreCutAtTheBlockSize() throws IOException {
        BlockOutputStream out = stream();
        out.write('x');
        out.write("yz1234567".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, 9);
        out.close();
        out.close();
        assertEquals(List.of("xyz1", "2345", "67|last"), blocks, "closed once");
        assertThrows(IOException.class, () -> out.write(1));
    }
}
