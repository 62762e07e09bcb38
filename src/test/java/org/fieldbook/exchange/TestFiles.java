package org.fieldbook.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The files other CRMs wrote, kept in the shared test data beside the repository (see its README.md). */
final class TestFiles {
    private TestFiles() {
    }

    static Path root() {
        Path root = Path.of(System.getProperty("fieldbook.testdata", "../shared/testdata"));
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
