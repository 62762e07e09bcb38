package org.fieldbook.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command answers --help with its usage, and a wrong option points to the help of the command it was in. */
class CommandHelpTest {
    @Test
    void everyCommandAndSubcommandPrintsItsUsage() {
        List<String> commands = new ArrayList<>();
        collect(new CommandLine(new FieldbookCommand()), commands);
        assertTrue(commands.size() > 15, commands.toString());
        for (String command : commands) {
            List<String> args = new ArrayList<>(List.of(command.split(" ")));
            args.remove(0);
            args.add("--help");
            CommandRun run = CommandRun.fieldbook(args.toArray(String[]::new));
            assertEquals(0, run.exitCode(), command + ": " + run.err());
            assertTrue(run.out().contains("Usage: " + command + " "), command + ": " + run.out());
            assertEquals("", run.err(), command);
        }
    }

    @Test
    void syncsHelpNamesItsOptions() {
        CommandRun run = CommandRun.fieldbook("sync", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("--folder"), run.out());
        assertTrue(run.out().contains("Exchanges changes once"), run.out());
    }

    @Test
    void aWrongOptionIsOneLineThatPointsToItsCommandsHelp() {
        CommandRun run = CommandRun.fieldbook("sync", "--nonsense");
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("'fieldbook sync --help'"), run.err());
    }

    @Test
    void versionIsPrinted() {
        CommandRun run = CommandRun.fieldbook("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("Fieldbook "), run.out());
    }

    private static void collect(CommandLine command, List<String> into) {
        for (Map.Entry<String, CommandLine> sub : command.getSubcommands().entrySet()) {
            if (sub.getValue().getCommandSpec().name().equals(sub.getKey())) { // not an alias
                into.add(sub.getValue().getCommandSpec().qualifiedName());
                collect(sub.getValue(), into);
            }
        }
    }
}
