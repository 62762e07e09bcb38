package org.fieldbook.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The files other CRMs wrote, a copy of the shared test data, byte for byte, with their licences (src/test/testdata/README.md). */
final class TestFiles {
    private TestFiles() {
    }

    static Path root() {
        Path root = Path.of(System.getProperty("fieldbook.testdata", "src/test/testdata"));
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("the shared test data is not at " + root.toAbsolutePath()
                    + " (set -Dfieldbook.testdata)");
        }
        return root;
    }

    static byte[] salesforce(String file) throws IOException {
        return Files.readAllBytes(root().resolve("salesforce-export").resolve(file));
    }
}
