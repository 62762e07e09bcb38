package org.fieldbook.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where a user's Fieldbook data lives: {@code --data-dir}, else {@code FIELDBOOK_HOME}, else the OS's
 * per-user data folder (XDG on Linux, %APPDATA% on Windows, Application Support on macOS).
 */
public final class DataFolder {
    public static final String HOME_VARIABLE = "FIELDBOOK_HOME";

    private DataFolder() {
    }

    public static Path resolve(Path commandLine, Map<String, String> env, String osName, Path userHome) {
        if (commandLine != null) {
            return commandLine.toAbsolutePath().normalize();
        }
        String home = env.get(HOME_VARIABLE);
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData)
                    : userHome.resolve("AppData").resolve("Roaming");
            return base.resolve("Fieldbook");
        }
        if (os.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("Fieldbook");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local").resolve("share");
        return base.resolve("fieldbook");
    }

    /** The folder for this process, from its command line option, environment and OS. */
    public static Path resolve(Path commandLine) {
        return resolve(commandLine, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }
}
