package org.fieldbook.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * Our style sheet parses without an error: JavaFX only warns on the console and drops every rule after a
 * missing brace, so a broken sheet would otherwise show as half the window losing its looks.
 */
class StyleSheetTest {
    @Test
    void fieldbookCssHasNoParseErrors() throws Exception {
        CssParser.errorsProperty().clear();
        Stylesheet sheet = new CssParser().parse(new URL(Theme.STYLESHEET));
        List<String> errors = CssParser.errorsProperty().stream().map(Object::toString).toList();
        assertEquals(List.of(), errors);
        assertTrue(sheet.getRules().size() > 100, "the whole sheet was read: " + sheet.getRules().size());
    }
}
