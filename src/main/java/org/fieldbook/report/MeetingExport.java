package org.fieldbook.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a meeting pack in one format to a file, atomically (see {@link AtomicFile}). A PNG of a pack with
 * more than one chart is a zip of one PNG per chart. The PDF and PNG look for their fonts when first needed.
 */
public final class MeetingExport {
    private ChartFonts fonts;

    /** Writes the file; a cancellation ({@link CancellationException}) or failure leaves no file behind. */
    public void write(ExportFormat format, MeetingPack pack, Path target, int pngScale, boolean transparent,
                      ExportProgress progress) throws IOException {
        AtomicFile.write(target, out -> writeTo(format, pack, out, pngScale, transparent, progress));
    }

    public void writeTo(ExportFormat format, MeetingPack pack, OutputStream out, int pngScale, boolean transparent,
                        ExportProgress progress) throws IOException {
        switch (format) {
            case PPTX -> new PptxPackWriter().write(pack, out, progress);
            case XLSX -> new XlsxPackWriter().write(pack, out, progress);
            case PDF -> new PdfPackWriter(fonts()).write(pack, out, progress);
            case CSV -> new CsvPackWriter().write(pack, out, progress);
            case PNG -> png(pack, out, pngScale, transparent, progress);
        }
    }

    private void png(MeetingPack pack, OutputStream out, int scale, boolean transparent, ExportProgress progress)
            throws IOException {
        PngChartWriter writer = new PngChartWriter(fonts());
        if (pack.charts().size() == 1) {
            writer.write(pack, pack.charts().get(0), scale, transparent, out);
            progress.done(1, 1);
            return;
        }
        ZipOutputStream zip = new ZipOutputStream(out);
        int index = 0;
        for (PackChart chart : pack.charts()) {
            progress.check();
            zip.putNextEntry(new ZipEntry(String.format("%02d-%s.png", index + 1, chart.name())));
            writer.write(pack, chart, scale, transparent, new java.io.FilterOutputStream(zip) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() {
                    // the zip stays open for the next picture
                }
            });
            zip.closeEntry();
            progress.done(++index, pack.charts().size());
        }
        zip.finish();
    }

    private synchronized ChartFonts fonts() {
        if (fonts == null) {
            fonts = ChartFonts.find();
        }
        return fonts;
    }
}
