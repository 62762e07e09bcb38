package org.fieldbook.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "stats", description = "Prints the number of live (not deleted) records of each kind.")
final class StatsCommand implements Callable<Integer> {
    @ParentCommand
    FieldbookCommand parent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (AppContext context = parent.openContext()) {
            Map<String, Long> counts = context.stats().liveCounts();
            var out = spec.commandLine().getOut();
            if (json) {
                out.println(new ObjectMapper().writeValueAsString(counts));
            } else {
                counts.forEach((entity, count) -> out.printf("%-22s %,d%n", entity, count));
            }
            out.flush();
            return 0;
        }
    }
}
