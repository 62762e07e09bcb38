package org.fieldbook.exchange;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How one file's columns and values become Fieldbook's records: saved as JSON and reused for the next file of
 * the same export. Every setting may be left out (null): it is then detected or takes its default.
 *
 * @param columns     column name → field (a field of {@link ImportType#fields()} or "custom:key"); a column
 *                    not listed is not imported
 * @param values      field → (value in the file → value in Fieldbook): stage names to stage names, statuses...
 * @param dateFormat  a java.time pattern such as "dd/MM/yyyy", tried before the usual ISO and Chinese forms
 * @param decimalComma amounts are written 1.234,56
 * @param duplicates  what a row does that matches an existing account (by name) or contact (by e-mail)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImportMapping(String type, String encoding, String delimiter, Boolean header,
                            Map<String, String> columns, Map<String, Map<String, String>> values,
                            String dateFormat, Boolean decimalComma, String currency, String pipeline,
                            Boolean createAccounts, Boolean createOwners, Duplicates duplicates) {
    public enum Duplicates { UPDATE, SKIP, CREATE }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public ImportMapping {
        columns = columns == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(columns));
        values = values == null ? Map.of() : Map.copyOf(values);
        duplicates = duplicates == null ? Duplicates.UPDATE : duplicates;
    }

    /** Nothing chosen: everything detected, matched by name, defaults elsewhere. */
    public static ImportMapping detect(ImportType type) {
        return new ImportMapping(type.name(), null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public ImportMapping withColumns(Map<String, String> newColumns) {
        return new ImportMapping(type, encoding, delimiter, header, newColumns, values, dateFormat, decimalComma,
                currency, pipeline, createAccounts, createOwners, duplicates);
    }

    public ImportMapping withValues(Map<String, Map<String, String>> newValues) {
        return new ImportMapping(type, encoding, delimiter, header, columns, newValues, dateFormat, decimalComma,
                currency, pipeline, createAccounts, createOwners, duplicates);
    }

    public ImportMapping withEncoding(String newEncoding) {
        return new ImportMapping(type, newEncoding, delimiter, header, columns, values, dateFormat, decimalComma,
                currency, pipeline, createAccounts, createOwners, duplicates);
    }

    /** How the file is read: encoding, separator and whether the first row names the columns (null: detect). */
    public ImportMapping withReading(String newEncoding, String newDelimiter, Boolean newHeader) {
        return new ImportMapping(type, newEncoding, newDelimiter, newHeader, columns, values, dateFormat, decimalComma,
                currency, pipeline, createAccounts, createOwners, duplicates);
    }

    public ImportMapping withOptions(String newDateFormat, Boolean newDecimalComma, Boolean newCreateAccounts,
                                     Boolean newCreateOwners, Duplicates newDuplicates) {
        return new ImportMapping(type, encoding, delimiter, header, columns, values, newDateFormat, newDecimalComma,
                currency, pipeline, newCreateAccounts, newCreateOwners, newDuplicates);
    }

    public boolean createsAccounts() {
        return Boolean.TRUE.equals(createAccounts);
    }

    public boolean createsOwners() {
        return Boolean.TRUE.equals(createOwners);
    }

    public void save(Path file) throws IOException {
        Files.writeString(file, JSON.writeValueAsString(this));
    }

    /** Reads a saved mapping; a file that is not one is refused with the reason. */
    public static ImportMapping load(Path file) {
        try {
            return JSON.readValue(file.toFile(), ImportMapping.class);
        } catch (IOException e) {
            throw new ImportProblem("import.problem.mapping", "the mapping file " + file + " cannot be read: "
                    + e.getMessage().lines().findFirst().orElse(""), e, file.toString());
        }
    }
}
