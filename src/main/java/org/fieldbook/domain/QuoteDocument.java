package org.fieldbook.domain;

import java.util.List;

/** Everything a quote's PDF shows: the frozen quote, its lines in order, and its logo (or none). */
public record QuoteDocument(Quote quote, List<QuoteLine> lines, CompanyLogo logo) {
    public QuoteDocument {
        lines = List.copyOf(lines);
    }
}
