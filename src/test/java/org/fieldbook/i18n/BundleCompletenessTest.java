package org.fieldbook.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every bundle has every key, none empty, and every key the code or the FXML uses exists. The scan reads
 * the sources: string literals that look like keys (their first part is a prefix the bundle uses, or they
 * start with "validation." or "error."), {@code %key} in FXML, every constant of the domain's enums, and
 * the pipeline and stage names a new database starts with.
 */
class BundleCompletenessTest {
    private static final Path MAIN = Path.of("src", "main");
    private static final Path BUNDLES = MAIN.resolve("resources/org/fieldbook/i18n");
    private static final List<String> LOCALES = List.of("", "_zh_CN", "_zh_TW");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    private static Map<String, Properties> bundles;

    @BeforeAll
    static void readBundles() throws IOException {
        bundles = new TreeMap<>();
        for (String suffix : LOCALES) {
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(BUNDLES.resolve("messages" + suffix + ".properties"),
                    StandardCharsets.UTF_8)) {
                properties.load(in);
            }
            bundles.put("messages" + suffix, properties);
        }
    }

    private static Set<String> keys(String bundle) {
        return new TreeSet<>(bundles.get(bundle).stringPropertyNames());
    }

    @Test
    void everyBundleHasEveryKeyAndNoneIsEmpty() {
        Set<String> english = keys("messages");
        for (String bundle : bundles.keySet()) {
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(keys(bundle));
            Set<String> extra = new TreeSet<>(keys(bundle));
            extra.removeAll(english);
            assertEquals(Set.of(), missing, bundle + " lacks keys");
            assertEquals(Set.of(), extra, bundle + " has keys English does not");
            for (String key : keys(bundle)) {
                assertTrue(!bundles.get(bundle).getProperty(key).isBlank(), bundle + ": " + key + " is empty");
            }
        }
    }

    @Test
    void translationsUseTheSameArgumentsAndAreValidPatterns() {
        for (String key : keys("messages")) {
            Set<String> englishArguments = arguments(bundles.get("messages").getProperty(key));
            for (String bundle : bundles.keySet()) {
                String value = bundles.get(bundle).getProperty(key);
                if (!englishArguments.isEmpty()) {
                    new MessageFormat(value); // throws on a broken pattern
                }
                assertEquals(englishArguments, arguments(value), bundle + ": arguments of " + key);
            }
        }
    }

    private static Set<String> arguments(String value) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(value);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @Test
    void chineseBundlesAreTranslatedInTheirOwnScript() {
        String simplifiedOnly = "户联单务选删载设为这们发无据";
        String traditionalOnly = "戶聯單務選刪載設為這們發無據";
        assertScript("messages_zh_CN", traditionalOnly);
        assertScript("messages_zh_TW", simplifiedOnly);
    }

    private static void assertScript(String bundle, String forbidden) {
        int chinese = 0;
        for (String key : keys(bundle)) {
            String value = bundles.get(bundle).getProperty(key);
            for (char c : forbidden.toCharArray()) {
                assertTrue(value.indexOf(c) < 0, bundle + ": " + key + " uses the other script's " + c);
            }
            if (value.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                chinese++;
            }
        }
        assertTrue(chinese > keys(bundle).size() * 0.8, bundle + " looks mostly untranslated");
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> known = keys("messages");
        Set<String> prefixes = new TreeSet<>();
        known.forEach(key -> prefixes.add(key.substring(0, key.indexOf('.'))));
        List<String> missing = new ArrayList<>();
        for (Path file : files(MAIN.resolve("java"), ".java")) {
            String source = Files.readString(file);
            boolean window = file.toString().contains("/ui/") || file.toString().contains("/app/");
            Matcher matcher = LITERAL.matcher(source);
            while (matcher.find()) {
                String key = matcher.group(1);
                String prefix = key.substring(0, key.indexOf('.'));
                boolean userFacing = prefix.equals("validation") || prefix.equals("error")
                        || (window && prefixes.contains(prefix));
                if (userFacing && !known.contains(key)) {
                    missing.add(key + " (" + file.getFileName() + ")");
                }
            }
        }
        for (Path file : files(MAIN.resolve("resources"), ".fxml")) {
            Matcher matcher = FXML_KEY.matcher(Files.readString(file));
            while (matcher.find()) {
                if (!known.contains(matcher.group(1))) {
                    missing.add(matcher.group(1) + " (" + file.getFileName() + ")");
                }
            }
        }
        assertEquals(List.of(), missing, "keys used but not in messages.properties");
    }

    @Test
    void everyDomainEnumConstantHasADisplayName() throws Exception {
        Set<String> known = keys("messages");
        List<String> missing = new ArrayList<>();
        for (Path file : files(MAIN.resolve("java/org/fieldbook/domain"), ".java")) {
            if (!Files.readString(file).contains("public enum ")) {
                continue;
            }
            String name = file.getFileName().toString().replace(".java", "");
            Class<?> type = Class.forName("org.fieldbook.domain." + name);
            for (Object constant : type.getEnumConstants()) {
                String key = "enum." + name + "." + ((Enum<?>) constant).name();
                if (!known.contains(key)) {
                    missing.add(key);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void theNamesOfTheStartingPipelinesAndStagesAreTranslated() throws IOException {
        Set<String> known = keys("messages");
        Matcher matcher = Pattern.compile("'([A-Z][a-z]+(?: [a-z]+)*)'").matcher(
                Files.readString(MAIN.resolve("resources/db/migration/V2__default_pipelines.sql")));
        List<String> missing = new ArrayList<>();
        int names = 0;
        while (matcher.find()) {
            names++;
            String key = "data.name." + matcher.group(1).toLowerCase(java.util.Locale.ROOT).replace(' ', '_');
            if (!known.contains(key)) {
                missing.add(key);
            }
        }
        assertTrue(names >= 8, "the starting pipelines were not found");
        assertEquals(List.of(), missing);
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
