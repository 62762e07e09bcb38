package org.fieldbook.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The libraries this Fieldbook bundles and their licences, for Help › About: the list is Maven's runtime
 * dependency list written at build time ({@code bundled-libraries.txt}); the licences are a checked list
 * ({@code licences.properties}).
 */
final class BundledLibraries {
    static final String LIST = "bundled-libraries.txt";
    static final String LICENCES = "licences.properties";
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*m");

    /** One library: Maven coordinates without classifier, version, display name and licence (null: unknown). */
    record Library(String key, String version, String name, String licence) {
    }

    private BundledLibraries() {
    }

    /** The bundled libraries by name, one per group and artifact (JavaFX's platform jars are one library). */
    static List<Library> list() {
        Properties licences = new Properties();
        try (InputStream in = resource(LICENCES)) {
            licences.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Library> libraries = new LinkedHashMap<>();
        for (String[] coordinates : coordinates()) {
            String key = coordinates[0] + ":" + coordinates[1];
            String entry = licences.getProperty(key);
            String[] parts = entry == null ? new String[] {coordinates[1], null} : entry.split("\\s*\\|\\s*", 2);
            libraries.putIfAbsent(key, new Library(key, coordinates[coordinates.length - 1], parts[0],
                    parts.length > 1 ? parts[1] : null));
        }
        List<Library> byName = new ArrayList<>(libraries.values());
        byName.sort(java.util.Comparator.comparing(Library::name, String.CASE_INSENSITIVE_ORDER));
        return byName;
    }

    /** The lines of Maven's list that name an artifact, split at ':' (group, artifact, type, [classifier], version). */
    static List<String[]> coordinates() {
        List<String[]> all = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(resource(LIST), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String plain = ANSI.matcher(line).replaceAll("").strip();
                String first = plain.isEmpty() ? "" : plain.split("\\s+")[0];
                String[] parts = first.split(":");
                if (parts.length >= 4) {
                    all.add(parts);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = BundledLibraries.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing resource " + name + " (written by the build)");
        }
        return in;
    }
}
