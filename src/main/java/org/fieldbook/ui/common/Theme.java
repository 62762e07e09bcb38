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

    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** Dialogs are scenes of their own: they need the additions too. */
    public static void style(DialogPane pane) {
        if (!pane.getStylesheets().contains(STYLESHEET)) {
            pane.getStylesheets().add(STYLESHEET);
        }
    }
}
