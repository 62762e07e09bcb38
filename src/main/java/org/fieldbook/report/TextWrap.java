package org.fieldbook.report;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Breaks text into lines that fit a width, where the language allows a break: between words in English,
 * between most characters in Chinese (the JDK's line-break rules). A word longer than the width is cut.
 * Line breaks in the text start new lines.
 */
final class TextWrap {
    private TextWrap() {
    }

    static List<String> lines(String text, double width, ToDoubleFunction<String> measure, Locale locale) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return lines;
        }
        for (String paragraph : text.split("\\R", -1)) {
            paragraph(paragraph.stripTrailing(), width, measure, locale, lines);
        }
        return lines;
    }

    private static void paragraph(String text, double width, ToDoubleFunction<String> measure, Locale locale,
                                  List<String> lines) {
        if (text.isEmpty()) {
            lines.add("");
            return;
        }
        BreakIterator breaks = BreakIterator.getLineInstance(locale);
        breaks.setText(text);
        StringBuilder line = new StringBuilder();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String piece = text.substring(start, end);
            String candidate = line + piece;
            if (measure.applyAsDouble(candidate.stripTrailing()) <= width) {
                line.append(piece);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
            }
            // a piece wider than the whole line (a long code or word) is cut where it no longer fits
            while (measure.applyAsDouble(piece.stripTrailing()) > width) {
                int cut = fitting(piece, width, measure);
                lines.add(piece.substring(0, cut));
                piece = piece.substring(cut);
            }
            line.append(piece);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString().stripTrailing());
        }
    }

    /** How many chars of {@code text} fit, at least one code point so that the loop always moves on. */
    private static int fitting(String text, double width, ToDoubleFunction<String> measure) {
        int cut = text.offsetByCodePoints(0, 1);
        while (cut < text.length()) {
            int next = text.offsetByCodePoints(cut, 1);
            if (measure.applyAsDouble(text.substring(0, next)) > width) {
                break;
            }
            cut = next;
        }
        return cut;
    }
}
