package org.fieldbook.report;

import java.util.Locale;

/** The files a meeting export writes, with the extension each file gets. */
public enum ExportFormat {
    PPTX("pptx"), XLSX("xlsx"), PDF("pdf"), CSV("zip"), PNG("png");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public String key() {
        return "export.format." + name().toLowerCase(Locale.ROOT);
    }
}
