package org.fieldbook.app;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/**
 * The window's icon in every size the window managers ask for; made from icons/fieldbook.svg by
 * icons/build-icons.sh. Decoded off the FX thread, while the data folder opens.
 */
final class AppIcons {
    static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};

    private AppIcons() {
    }

    static List<Image> load() {
        List<Image> icons = new ArrayList<>(SIZES.length);
        for (int size : SIZES) {
            URL url = AppIcons.class.getResource("icons/fieldbook-" + size + ".png");
            if (url != null) {
                icons.add(new Image(url.toExternalForm()));
            }
        }
        return icons;
    }
}
