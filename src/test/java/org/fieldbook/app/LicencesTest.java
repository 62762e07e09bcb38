package org.fieldbook.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Help › About names every library the build bundles, each with its licence. */
class LicencesTest {
    @Test
    void everyBundledLibraryHasANameAndALicence() {
        List<BundledLibraries.Library> libraries = BundledLibraries.list();
        List<String> withoutLicence = libraries.stream().filter(l -> l.licence() == null || l.licence().isBlank())
                .map(BundledLibraries.Library::key).toList();
        assertEquals(List.of(), withoutLicence,
                "add these to src/main/resources/org/fieldbook/app/licences.properties (groupId:artifactId=name | licence)");
        assertTrue(libraries.stream().anyMatch(l -> l.key().equals("com.h2database:h2")), "the list is the real one");
    }

    /** The build's list is the jars that ship: target/lib, which the installer and {@code java -jar} use. */
    @Test
    void theListHoldsTheSameLibrariesAsTheJarsThatShip() throws Exception {
        Path lib = Path.of("target", "lib");
        Set<String> listed = BundledLibraries.coordinates().stream()
                .map(parts -> parts[1] + "-" + parts[parts.length - 1]).collect(Collectors.toSet());
        if (!Files.isDirectory(lib)) {
            // `mvn test` stops before prepare-package, which copies the jars; `mvn verify` always has them
            assertTrue(listed.size() > 20, "the list names the runtime libraries: " + listed.size());
            return;
        }
        try (Stream<Path> jars = Files.list(lib)) {
            Set<String> shipped = jars.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jar"))
                    .map(n -> n.substring(0, n.length() - 4).replaceFirst("-(linux|win|mac)(-aarch64)?$", ""))
                    .collect(Collectors.toSet());
            assertEquals(shipped, listed);
        }
    }

    /** Stale entries would show licences of libraries Fieldbook no longer carries. */
    @Test
    void theLicenceListNamesNoLibraryThatIsNotBundled() throws Exception {
        java.util.Properties licences = new java.util.Properties();
        try (var in = BundledLibraries.class.getResourceAsStream(BundledLibraries.LICENCES)) {
            licences.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        Set<String> bundled = BundledLibraries.list().stream().map(BundledLibraries.Library::key)
                .collect(Collectors.toSet());
        List<String> stale = licences.stringPropertyNames().stream().filter(k -> !bundled.contains(k)).sorted()
                .toList();
        assertEquals(List.of(), stale, "remove these from licences.properties");
    }
}
