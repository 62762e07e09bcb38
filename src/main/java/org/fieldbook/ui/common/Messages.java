package org.fieldbook.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Every visible sentence, looked up in the {@code org/fieldbook/i18n/messages} bundles for one locale. */
public final class Messages {
    public static final String BUNDLE = "org.fieldbook.i18n.messages";

    private final ResourceBundle bundle;
    private final Locale locale;
    /** Parsed patterns by key, per thread ({@code MessageFormat} is not thread-safe). */
    private final ThreadLocal<java.util.Map<String, MessageFormat>> patterns =
            ThreadLocal.withInitial(java.util.HashMap::new);

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static Messages load(Locale locale) {
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale), locale);
    }

    /**
     * The language of the window: the {@code fieldbook.locale} system property as a language tag
     * (e.g. {@code zh-CN}), else the default locale of the JVM.
     */
    public static Locale chosenLocale(String property, Locale fallback) {
        if (property == null || property.isBlank()) {
            return fallback;
        }
        Locale locale = Locale.forLanguageTag(property.strip().replace('_', '-'));
        return locale.getLanguage().isEmpty() ? fallback : locale;
    }

    /** The text of {@code key}, with {@code {0}}, {@code {1}}... filled in when arguments are given. */
    public String get(String key, Object... arguments) {
        if (arguments.length == 0) {
            return bundle.getString(key);
        }
        return patterns.get().computeIfAbsent(key, k -> new MessageFormat(bundle.getString(k), locale))
                .format(arguments);
    }

    /** The text of {@code key}, or {@code null} when the bundle has no such key. */
    public String find(String key) {
        return bundle.containsKey(key) ? bundle.getString(key) : null;
    }

    /** The display name of an enum constant: key {@code enum.<Type>.<CONSTANT>}. */
    public String name(Enum<?> value) {
        if (value == null) {
            return "";
        }
        try {
            return bundle.getString(enumKey(value));
        } catch (MissingResourceException e) {
            return value.name();
        }
    }

    public static String enumKey(Enum<?> value) {
        return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    /**
     * The name of a pipeline or stage in the user's language when it is one of the names Fieldbook starts
     * with ("Prospecting", "New business"...); a name the team chose itself is shown as it is.
     */
    public String dataName(String stored) {
        if (stored == null) {
            return "";
        }
        String translated = find(dataNameKey(stored));
        return translated != null ? translated : stored;
    }

    public static String dataNameKey(String stored) {
        return "data.name." + stored.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return locale;
    }
}
