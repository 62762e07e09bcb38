package org.fieldbook.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The mappings the import wizard saved, one JSON file each in a folder of the data folder. A file is an
 * {@link ImportMapping} as the {@code import --mapping} command reads it, with two more fields: the name the
 * user gave it and the columns of the file it was made for, so that the next file of the same export finds it.
 */
public final class SavedMappings {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path folder;

    public SavedMappings(Path folder) {
        this.folder = folder;
    }

    /** One saved mapping: its name, the type of record and the columns of the file it was made for. */
    public record Saved(String name, ImportType type, List<String> headers, ImportMapping mapping, Path file) {
        /** Whether a file with these columns is one of the same export: the same names, in any order and case. */
        public boolean fits(ImportType wanted, List<String> otherHeaders) {
            return type == wanted && signature(headers).equals(signature(otherHeaders));
        }

        /** The mapping with its columns named as {@code otherHeaders} name them ("FIRMA" for a saved "Firma"). */
        public ImportMapping forHeaders(List<String> otherHeaders) {
            java.util.Map<String, String> byKey = new java.util.HashMap<>();
            mapping.columns().forEach((column, field) -> byKey.put(ColumnMatcher.key(column), field));
            java.util.Map<String, String> columns = new java.util.LinkedHashMap<>();
            for (String header : otherHeaders) {
                String field = mapping.columns().containsKey(header) ? mapping.columns().get(header)
                        : byKey.get(ColumnMatcher.key(header));
                if (field != null) {
                    columns.put(header, field);
                }
            }
            return mapping.withColumns(columns);
        }
    }

    public Path folder() {
        return folder;
    }

    /** The saved mappings of one type of record, by name; files that are not mappings are passed over. */
    public List<Saved> all(ImportType type) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Saved> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                read(file).filter(saved -> saved.type() == type).ifPresent(found::add);
            }
        } catch (IOException e) {
            throw new ImportProblem("import.problem.savedMappings", "the saved mappings in " + folder
                    + " cannot be read", e, folder.toString());
        }
        found.sort(Comparator.comparing(Saved::name, String.CASE_INSENSITIVE_ORDER));
        return List.copyOf(found);
    }

    /** The saved mapping made for a file with the same columns, if there is one (the newest if several). */
    public Optional<Saved> matching(ImportType type, List<String> headers) {
        return all(type).stream().filter(saved -> saved.fits(type, headers))
                .max(Comparator.comparing(saved -> modified(saved.file())));
    }

    /** Saves (or replaces, for the same name) a mapping; written whole under another name, then moved in place. */
    public Saved save(String name, ImportType type, List<String> headers, ImportMapping mapping) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new ImportProblem("import.problem.mappingName", "a saved mapping needs a name");
        }
        Path file = folder.resolve(fileName(trimmed));
        ObjectNode node = JSON.valueToTree(new ImportMapping(type.name(), mapping.encoding(), mapping.delimiter(),
                mapping.header(), mapping.columns(), mapping.values(), mapping.dateFormat(), mapping.decimalComma(),
                mapping.currency(), mapping.pipeline(), mapping.createAccounts(), mapping.createOwners(),
                mapping.duplicates()));
        node.put("name", trimmed);
        node.set("headers", JSON.valueToTree(headers));
        try {
            Files.createDirectories(folder);
            Path partial = folder.resolve(file.getFileName() + ".partial");
            Files.writeString(partial, JSON.writeValueAsString(node));
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ImportProblem("import.problem.saveMapping", "the mapping cannot be saved in " + folder + ": "
                    + e.getMessage(), e, folder.toString());
        }
        return new Saved(trimmed, type, List.copyOf(headers), mapping, file);
    }

    private static Optional<Saved> read(Path file) {
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(file.toFile());
            ImportMapping mapping = JSON.treeToValue(node, ImportMapping.class);
            ImportType type = ImportType.parse(mapping.type());
            List<String> headers = new ArrayList<>();
            node.path("headers").forEach(header -> headers.add(header.asText()));
            String name = node.path("name").asText(file.getFileName().toString().replaceFirst("\\.json$", ""));
            return Optional.of(new Saved(name, type, List.copyOf(headers), mapping, file));
        } catch (IOException | RuntimeException notAMapping) {
            return Optional.empty();
        }
    }

    private static java.nio.file.attribute.FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }

    private static Set<String> signature(List<String> headers) {
        Set<String> keys = new TreeSet<>();
        headers.forEach(header -> keys.add(ColumnMatcher.key(header)));
        return keys;
    }

    /** "Salesforce deals" → "salesforce-deals.json"; letters of any script are kept, so 客户表 stays readable. */
    static String fileName(String name) {
        String slug = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "");
        return (slug.isEmpty() ? "mapping" : slug) + ".json";
    }
}
