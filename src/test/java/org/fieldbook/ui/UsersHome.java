package org.fieldbook.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A home folder of the window's own while it is open: the test's data folder appears in it where a Linux user's
 * would be ({@code ~/.local/share/fieldbook}, a link), and {@code user.home} points at it. So the screenshots
 * show the path a user sees, not a test's temporary folder, and the save dialogs start in a folder the test
 * throws away rather than the real home. Where links cannot be made, the window gets the data folder itself.
 */
final class UsersHome implements AutoCloseable {
    private final Path home;
    private final Path dataFolder;
    private final String previousHome;

    private UsersHome(Path home, Path dataFolder, String previousHome) {
        this.home = home;
        this.dataFolder = dataFolder;
        this.previousHome = previousHome;
    }

    static UsersHome around(Path dataFolder) {
        try {
            Path home = Files.createTempDirectory("fieldbook-home");
            Path shown = home.resolve(".local").resolve("share").resolve("fieldbook");
            Files.createDirectories(shown.getParent());
            Files.createDirectories(dataFolder);
            Files.createSymbolicLink(shown, dataFolder.toAbsolutePath());
            String previous = System.setProperty("user.home", home.toString());
            return new UsersHome(home, shown, previous);
        } catch (IOException | UnsupportedOperationException e) {
            return new UsersHome(null, dataFolder, null);
        }
    }

    /** The path to give the window as its data folder. */
    Path dataFolder() {
        return dataFolder;
    }

    @Override
    public void close() {
        if (home == null) {
            return;
        }
        System.setProperty("user.home", previousHome);
        try (var files = Files.walk(home)) {
            // a link is deleted as a link: what it points to, the test's own folder, stays
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove the window's home " + home, e);
        }
    }
}
