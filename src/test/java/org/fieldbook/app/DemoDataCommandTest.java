package org.fieldbook.app;

import static org.fieldbook.app.CommandRun.fieldbook;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoDataCommandTest {
    @TempDir
    Path temp;

    private String folder(String name) {
        return temp.resolve(name).toString();
    }

    @Test
    void statsCountTheOpportunitiesDemoDataAdded() {
        CommandRun demo = fieldbook("demo-data", "--seed", "7", "--opportunities", "5000", "--data-dir", folder("a"));
        assertEquals(0, demo.exitCode(), demo.err());
        assertEquals(1, demo.out().strip().lines().count(), demo.out());
        assertTrue(demo.out().contains("5,000 opportunities"), demo.out());

        CommandRun stats = fieldbook("stats", "--json", "--data-dir", folder("a"));
        assertEquals(0, stats.exitCode(), stats.err());
        assertTrue(stats.out().contains("\"opportunity\":5000"), stats.out());
        assertTrue(stats.out().contains("\"account\":667"), stats.out());
    }

    @Test
    void theSameSeedTwiceGivesIdenticalData() {
        for (String name : new String[] {"a", "b"}) {
            CommandRun demo = fieldbook("demo-data", "--seed", "7", "--accounts", "12", "--opportunities", "150",
                    "--locale", "zh-TW", "--today", "2025-03-31", "--data-dir", folder(name));
            assertEquals(0, demo.exitCode(), demo.err());
        }
        try (AppContext a = AppContext.open(temp.resolve("a")); AppContext b = AppContext.open(temp.resolve("b"))) {
            String dump = a.demoData().dump();
            assertTrue(dump.contains("# opportunity (150)"), dump);
            assertEquals(dump, b.demoData().dump());
        }
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            --opportunities, -5,    --opportunities must be 0 or more
            --accounts,      0,     --accounts must be 1 or more
            --locale,        x!y,   is not a language tag
            --locale,        qq,    is not a language tag
            --seed,          seven, Invalid value for option '--seed'
            --today,         soon,  Invalid value for option '--today'
            """)
    void aBadValueIsOneLineOnStderrAndExitCodeTwo(String option, String value, String message) {
        CommandRun refused = fieldbook("demo-data", option, value, "--data-dir", folder("a"));
        assertEquals(2, refused.exitCode());
        assertEquals("", refused.out());
        assertEquals(1, refused.err().strip().lines().count(), refused.err());
        assertTrue(refused.err().startsWith("fieldbook: ") && refused.err().contains(message), refused.err());
    }
}
