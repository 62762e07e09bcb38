package org.fieldbook.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.control.DialogPane;

/** AtlantaFX's Primer theme, light or dark, with Fieldbook's own additions on top. */
public final class Theme {
    /** Fieldbook's style classes; colours come from AtlantaFX's looked-up colours, so both themes fit. */
    public static final String STYLESHEET = Theme.class.getResource("fieldbook.css").toExternalForm();

    private Theme() {
    }

    /** Sets the theme; from AtlantaFX's compiled style sheet, which loads without parsing 170 KB of CSS. */
    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
    }

    /** Dialogs are scenes of their own: they need the additions too. */
    public static void style(DialogPane pane) {
        if (!pane.getStylesheets().contains(STYLESHEET)) {
            pane.getStylesheets().add(STYLESHEET);
        }
    }
}
