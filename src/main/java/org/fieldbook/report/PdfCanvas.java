package org.fieldbook.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Draws on one PDF page as vectors. Text goes in runs of the first font that has each character (the Chinese
 * font, else the Latin one); a character neither has is drawn as "?" rather than failing the export.
 */
final class PdfCanvas implements ChartCanvas {
    private final PDPageContentStream stream;
    private final double pageHeight;
    private final List<PDFont> fonts;
    private final Map<Integer, PDFont> fontOf;

    PdfCanvas(PDPageContentStream stream, double pageHeight, List<PDFont> fonts, Map<Integer, PDFont> cache) {
        this.stream = stream;
        this.pageHeight = pageHeight;
        this.fonts = fonts;
        this.fontOf = cache;
    }

    @Override
    public void fillRect(double x, double y, double width, double height, int rgb) {
        if (width <= 0 || height <= 0) {
            return;
        }
        io(() -> {
            colour(rgb, true);
            stream.addRect((float) x, (float) (pageHeight - y - height), (float) width, (float) height);
            stream.fill();
        });
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, double width, int rgb) {
        polyline(new double[] {x1, x2}, new double[] {y1, y2}, width, rgb);
    }

    @Override
    public void polyline(double[] xs, double[] ys, double width, int rgb) {
        io(() -> {
            colour(rgb, false);
            stream.setLineWidth((float) width);
            stream.moveTo((float) xs[0], (float) (pageHeight - ys[0]));
            for (int i = 1; i < xs.length; i++) {
                stream.lineTo((float) xs[i], (float) (pageHeight - ys[i]));
            }
            stream.stroke();
        });
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int rgb) {
        io(() -> {
            colour(rgb, true);
            stream.moveTo((float) xs[0], (float) (pageHeight - ys[0]));
            for (int i = 1; i < xs.length; i++) {
                stream.lineTo((float) xs[i], (float) (pageHeight - ys[i]));
            }
            stream.closePath();
            stream.fill();
        });
    }

    @Override
    public void text(String text, double x, double baseline, double size, int rgb, Align align) {
        if (text == null || text.isEmpty()) {
            return;
        }
        double width = textWidth(text, size);
        double start = switch (align) {
            case LEFT -> x;
            case CENTER -> x - width / 2;
            case RIGHT -> x - width;
        };
        io(() -> {
            colour(rgb, true);
            stream.beginText();
            stream.newLineAtOffset((float) start, (float) (pageHeight - baseline));
            for (Run run : runs(text)) {
                stream.setFont(run.font, (float) size);
                stream.showText(run.text);
            }
            stream.endText();
        });
    }

    @Override
    public double textWidth(String text, double size) {
        double width = 0;
        for (Run run : runs(text)) {
            try {
                width += run.font.getStringWidth(run.text) / 1000 * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return width;
    }

    private record Run(PDFont font, String text) {
    }

    private List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        PDFont currentFont = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            PDFont font = fontFor(codePoint);
            String piece = font == null ? "?" : new String(Character.toChars(codePoint));
            PDFont used = font == null ? fonts.get(0) : font;
            if (used != currentFont && current.length() > 0) {
                runs.add(new Run(currentFont, current.toString()));
                current.setLength(0);
            }
            currentFont = used;
            current.append(piece);
        }
        if (current.length() > 0) {
            runs.add(new Run(currentFont, current.toString()));
        }
        return runs;
    }

    private PDFont fontFor(int codePoint) {
        return fontOf.computeIfAbsent(codePoint, cp -> {
            String character = new String(Character.toChars(cp));
            for (PDFont font : fonts) {
                try {
                    font.encode(character);
                    if (font.getStringWidth(character) > 0 || Character.isWhitespace(cp)) {
                        return font;
                    }
                } catch (IOException | IllegalArgumentException e) {
                    // this font has no glyph for it: try the next
                }
            }
            return null;
        });
    }

    private void colour(int rgb, boolean fill) throws IOException {
        float r = ((rgb >> 16) & 0xFF) / 255f;
        float g = ((rgb >> 8) & 0xFF) / 255f;
        float b = (rgb & 0xFF) / 255f;
        if (fill) {
            stream.setNonStrokingColor(r, g, b);
        } else {
            stream.setStrokingColor(r, g, b);
        }
    }

    private interface PdfWork {
        void run() throws IOException;
    }

    private static void io(PdfWork work) {
        try {
            work.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
