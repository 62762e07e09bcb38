package org.fieldbook.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchFileTest {
    @TempDir
    Path temp;

    private JsonNode read(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }

    @Test
    void aNewFileIsAnArrayOfFiguresWithLimitAndRatioOnlyWhereThereIsALimit() throws IOException {
        Path file = temp.resolve("target").resolve("bench.json");
        BenchFile.merge(file, List.of(Figure.of("demo_data_opportunities_per_s", 1834.56789, "opportunities/s"),
                Figure.limited("rss_100k_mb", 280.04, "MB", 350)));

        JsonNode figures = read(file);
        assertTrue(figures.isArray());
        assertEquals(2, figures.size());
        JsonNode throughput = figures.get(0);
        assertEquals("demo_data_opportunities_per_s", throughput.get("name").asText());
        assertEquals(1835, throughput.get("value").asDouble());
        assertEquals("opportunities/s", throughput.get("unit").asText());
        assertFalse(throughput.has("limit") || throughput.has("ratio"));
        JsonNode memory = figures.get(1);
        assertEquals(280.0, memory.get("value").asDouble());
        assertEquals(350, memory.get("limit").asDouble());
        assertEquals(0.8001, memory.get("ratio").asDouble());
        assertTrue(Files.readString(file).contains("\"limit\" : 350"), "plain numbers, not 3.5E+2");
    }

    @Test
    void mergingReplacesFiguresOfTheSameNameAndKeepsTheOthers() throws IOException {
        Path file = temp.resolve("bench.json");
        Files.writeString(file, """
                [ {"name": "sync_changes_per_s", "value": 5000, "unit": "changes/s"},
                  {"name": "rss_100k_mb", "value": 400, "unit": "MB", "limit": 350, "ratio": 1.143} ]
                """);

        BenchFile.merge(file, List.of(Figure.limited("rss_100k_mb", 300, "MB", 350),
                Figure.of("first_paint_app_10k_ms", 900, "ms")));

        JsonNode figures = read(file);
        assertEquals(3, figures.size());
        assertEquals("sync_changes_per_s", figures.get(0).get("name").asText());
        assertEquals(5000, figures.get(0).get("value").asInt());
        assertEquals("rss_100k_mb", figures.get(1).get("name").asText());
        assertEquals(300, figures.get(1).get("value").asInt());
        assertEquals("first_paint_app_10k_ms", figures.get(2).get("name").asText());
    }

    @Test
    void aFileThatIsNotAnArrayIsRefusedAndLeftAlone() throws IOException {
        Path file = Files.writeString(temp.resolve("bench.json"), "{\"name\": \"x\"}");
        assertThrows(IOException.class, () -> BenchFile.merge(file, List.of(Figure.of("y", 1, "s"))));
        assertEquals("{\"name\": \"x\"}", Files.readString(file));
    }

    @Test
    void theTableShowsEveryFigureAndWhetherItIsWithinItsLimit() {
        String table = BenchFile.table(List.of(Figure.limited("first_paint_ratio", 1.8, "x bare window", 1.5),
                Figure.limited("demo_data_100k_s", 42.5, "s", 60), Figure.of("first_paint_app_10k_ms", 812.4, "ms")));

        List<String> lines = table.lines().toList();
        assertEquals(4, lines.size());
        assertTrue(lines.get(0).startsWith("figure"));
        assertTrue(lines.get(1).startsWith("first_paint_ratio") && lines.get(1).contains("1.20 OVER"), table);
        assertTrue(lines.get(2).contains("42.5") && lines.get(2).contains("0.71 ok"), table);
        assertTrue(lines.get(3).contains("812.4") && !lines.get(3).contains("ok"), table);
    }

    @Test
    void childrenGetTheJarAndItsLibFolderWhenRunFromTheJar() {
        String jar = String.join(File.separator, "", "opt", "fieldbook", "fieldbook.jar");
        assertEquals(jar + File.pathSeparator + String.join(File.separator, "", "opt", "fieldbook", "lib", "*"),
                ChildJvm.classPath(jar));
        String classes = "target/classes" + File.pathSeparator + "lib/a.jar";
        assertEquals(classes, ChildJvm.classPath(classes));
    }

    @Test
    void theMedianOfAnEvenNumberOfRunsIsTheMeanOfTheMiddleTwo() {
        assertEquals(5.0, StartupBench.median(List.of(9.0, 1.0, 5.0)));
        assertEquals(4.5, StartupBench.median(List.of(9.0, 1.0, 4.0, 5.0)));
    }
}
