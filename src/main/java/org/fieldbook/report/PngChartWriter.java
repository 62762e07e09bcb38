package org.fieldbook.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.fieldbook.report.ChartCanvas.Align;

/**
 * One chart as a PNG, drawn with Java2D off screen (no display, no toolkit) by the PDF's painter, with its
 * caption: title, period, filters, as-of date and currency. Scale 1 is 960 × 600 pixels.
 */
public final class PngChartWriter {
    public static final int WIDTH = 960;
    public static final int HEIGHT = 600;

    private final List<Font> fonts = new ArrayList<>();

    public PngChartWriter(ChartFonts files) {
        try {
            if (files.latin().isPresent()) {
                fonts.add(font(files.latin().get()));
            }
            fonts.add(font(files.cjk()));
        } catch (IOException | FontFormatException e) {
            throw new ReportException("export.failed", "cannot read the font " + files.cjk() + ": " + e.getMessage(),
                    e, e.getMessage());
        }
    }

    public void write(MeetingPack pack, PackChart chart, int scale, boolean transparent, OutputStream out)
            throws IOException {
        ImageIO.write(image(pack, chart, scale, transparent), "png", out);
    }

    public BufferedImage image(MeetingPack pack, PackChart chart, int scale, boolean transparent) {
        BufferedImage image = new BufferedImage(WIDTH * scale, HEIGHT * scale,
                transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(scale, scale);
            ImageCanvas canvas = new ImageCanvas(g, fonts);
            if (!transparent) {
                canvas.fillRect(0, 0, WIDTH, HEIGHT, 0xFFFFFF);
            }
            new ChartPainter(new ValueText(ReportText.load(pack.locale()))).paint(chart, canvas, 24, 20, WIDTH - 48,
                    HEIGHT - 84);
            canvas.line(24, HEIGHT - 48, WIDTH - 24, HEIGHT - 48, 0.5, 0xD1D5DB);
            canvas.text(pack.period() + " · " + String.join(" · ", pack.filters()), 24, HEIGHT - 32, 10, 0x6B7280,
                    Align.LEFT);
            canvas.text(pack.asOfLine(), 24, HEIGHT - 16, 10, 0x6B7280, Align.LEFT);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static Font font(Path file) throws IOException, FontFormatException {
        return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
    }
}
