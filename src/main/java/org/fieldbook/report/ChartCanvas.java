package org.fieldbook.report;

/**
 * What the chart painter draws on: a PDF page or an image. Coordinates in points from the top left, y down;
 * colours as 0xRRGGBB. Text is placed by its baseline.
 */
interface ChartCanvas {
    enum Align { LEFT, CENTER, RIGHT }

    void fillRect(double x, double y, double width, double height, int rgb);

    void line(double x1, double y1, double x2, double y2, double width, int rgb);

    void polyline(double[] xs, double[] ys, double width, int rgb);

    void fillPolygon(double[] xs, double[] ys, int rgb);

    void text(String text, double x, double baseline, double size, int rgb, Align align);

    double textWidth(String text, double size);
}
