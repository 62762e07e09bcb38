package org.fieldbook.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The font files the PDF embeds and the PNG draws with: a TrueType font with Chinese glyphs (required, the
 * data may hold Chinese names whatever the language of the window) and a Latin one for the characters it
 * lacks. {@code -Dfieldbook.font=FILE} or {@code FIELDBOOK_FONT} choose the first; otherwise the usual places
 * of Debian, Windows and macOS are tried. CFF-flavoured OpenType (Noto Sans CJK's .ttc) cannot be embedded by
 * PDFBox, so only TrueType outlines are listed.
 */
public final class ChartFonts {
    static final List<String> CJK_CANDIDATES = List.of(
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "C:\\Windows\\Fonts\\msyh.ttc",
            "C:\\Windows\\Fonts\\simsun.ttc",
            "/System/Library/Fonts/STHeiti Medium.ttc",
            "/Library/Fonts/Arial Unicode.ttf");
    static final List<String> LATIN_CANDIDATES = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
            "C:\\Windows\\Fonts\\arial.ttf",
            "/Library/Fonts/Arial.ttf");

    private final Path cjk;
    private final Path latin;

    private ChartFonts(Path cjk, Path latin) {
        this.cjk = cjk;
        this.latin = latin;
    }

    /** Finds the fonts, or says in one sentence that no Chinese font is there and how to get one. */
    public static ChartFonts find() {
        List<String> tried = new ArrayList<>();
        String chosen = System.getProperty("fieldbook.font", System.getenv("FIELDBOOK_FONT"));
        if (chosen != null && !chosen.isBlank()) {
            tried.add(chosen);
        }
        tried.addAll(CJK_CANDIDATES);
        Path cjk = tried.stream().map(Path::of).filter(Files::isReadable).findFirst()
                .orElseThrow(() -> new ReportException("export.noFont", "No font with Chinese characters was found "
                        + "for the PDF (looked in " + String.join(", ", tried) + "); install fonts-droid-fallback or "
                        + "start Fieldbook with -Dfieldbook.font=FILE", null, String.join(", ", tried)));
        Path latin = LATIN_CANDIDATES.stream().map(Path::of).filter(Files::isReadable).findFirst().orElse(null);
        return new ChartFonts(cjk, latin);
    }

    public Path cjk() {
        return cjk;
    }

    public Optional<Path> latin() {
        return Optional.ofNullable(latin);
    }
}
