package org.fieldbook.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/** Draws with Java2D on an image (no display needed): the PNG export, from the same painter as the PDF. */
final class ImageCanvas implements ChartCanvas {
    private final Graphics2D g;
    private final List<Font> fonts;

    ImageCanvas(Graphics2D g, List<Font> fonts) {
        this.g = g;
        this.fonts = fonts;
    }

    @Override
    public void fillRect(double x, double y, double width, double height, int rgb) {
        g.setColor(new Color(rgb));
        g.fill(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, double width, int rgb) {
        polyline(new double[] {x1, x2}, new double[] {y1, y2}, width, rgb);
    }

    @Override
    public void polyline(double[] xs, double[] ys, double width, int rgb) {
        g.setColor(new Color(rgb));
        g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path(xs, ys, false));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int rgb) {
        g.setColor(new Color(rgb));
        g.fill(path(xs, ys, true));
    }

    @Override
    public void text(String text, double x, double baseline, double size, int rgb, Align align) {
        if (text == null || text.isEmpty()) {
            return;
        }
        double width = textWidth(text, size);
        double at = switch (align) {
            case LEFT -> x;
            case CENTER -> x - width / 2;
            case RIGHT -> x - width;
        };
        g.setColor(new Color(rgb));
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            Font font = fontFor(codePoint).deriveFont((float) size);
            String piece = new String(Character.toChars(codePoint));
            g.setFont(font);
            g.drawString(piece, (float) at, (float) baseline);
            at += g.getFontMetrics(font).getStringBounds(piece, g).getWidth();
        }
    }

    @Override
    public double textWidth(String text, double size) {
        double width = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            Font font = fontFor(codePoint).deriveFont((float) size);
            width += g.getFontMetrics(font).getStringBounds(new String(Character.toChars(codePoint)), g).getWidth();
        }
        return width;
    }

    private Font fontFor(int codePoint) {
        for (Font font : fonts) {
            if (font.canDisplay(codePoint)) {
                return font;
            }
        }
        return fonts.get(0);
    }

    private static Path2D path(double[] xs, double[] ys, boolean close) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            path.lineTo(xs[i], ys[i]);
        }
        if (close) {
            path.closePath();
        }
        return path;
    }
}
