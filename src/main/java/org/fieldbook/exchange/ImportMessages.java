package org.fieldbook.exchange;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The sentence for a rejection or a refused file, from the messages bundle of a locale (English for scripts). */
public final class ImportMessages {
    private static final String BUNDLE = "org.fieldbook.i18n.messages";

    private ImportMessages() {
    }

    public static String english(String key, List<Object> arguments, String fallback) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return format(bundle, key, arguments, fallback);
    }

    public static String format(ResourceBundle bundle, String key, List<Object> arguments, String fallback) {
        try {
            return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments.toArray());
        } catch (MissingResourceException | IllegalArgumentException e) {
            return fallback;
        }
    }

    public static String of(Rejection rejection) {
        return english(rejection.key(), rejection.arguments(), rejection.english());
    }

    public static String of(ImportProblem problem) {
        return english(problem.key(), problem.arguments(), problem.getMessage());
    }
}
