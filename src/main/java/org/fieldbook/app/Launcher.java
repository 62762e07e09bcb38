package org.fieldbook.app;

/**
 * The entry point of {@code java -jar fieldbook.jar} and of the installed launcher. It does not extend
 * {@code javafx.application.Application}, so the JavaFX runtime can come from the class path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        // jOOQ's banner and "tip of the day" go to the log on first use: work at every start, read by nobody
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        int exitCode = FieldbookCommand.run(args, System.out, System.err);
        if (exitCode != FieldbookCommand.WINDOW_OPENED) {
            System.exit(exitCode);
        }
    }
}
