package org.fieldbook.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class AppIconsTest {
    @Test
    void everyWindowIconSizeIsThereAndHasItsSize() throws IOException {
        for (int size : AppIcons.SIZES) {
            try (InputStream in = AppIcons.class.getResourceAsStream("icons/fieldbook-" + size + ".png")) {
                assertNotNull(in, "icon " + size);
                BufferedImage image = ImageIO.read(in);
                assertEquals(size, image.getWidth(), "width of icon " + size);
                assertEquals(size, image.getHeight(), "height of icon " + size);
            }
        }
    }
}
