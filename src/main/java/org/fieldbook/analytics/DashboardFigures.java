package org.fieldbook.analytics;

/** One dashboard recompute: the period's figures, its tiles, and the tiles of the period before. */
public record DashboardFigures(Kpis kpis, Headline now, Headline before) {
}
