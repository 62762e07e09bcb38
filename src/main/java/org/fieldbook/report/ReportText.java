package org.fieldbook.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The window's message bundles, read without the toolkit: the files speak the user's language too. */
public final class ReportText {
    private static final String BUNDLE = "org.fieldbook.i18n.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private ReportText(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static ReportText load(Locale locale) {
        return new ReportText(ResourceBundle.getBundle(BUNDLE, locale), locale);
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** A pipeline or stage name Fieldbook starts with, translated; a team's own name as it is. */
    public String dataName(String stored) {
        if (stored == null) {
            return "";
        }
        String key = "data.name." + stored.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        return bundle.containsKey(key) ? bundle.getString(key) : stored;
    }

    public String channelName(String stored) {
        if (stored == null) {
            return get("dashboard.channel.none");
        }
        String key = "enum.SourceChannel." + stored;
        return bundle.containsKey(key) ? bundle.getString(key) : stored;
    }
}
