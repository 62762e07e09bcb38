package org.fieldbook.sync.team;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.fieldbook.store.SettingRepository;
import org.fieldbook.sync.server.ServerAccount;

/**
 * The sync server this installation uses, as the Sync screen sets it: the JDBC URL without its {@code sslmode},
 * the login, the TLS mode, and the team the login should be in (blank: whichever it is). Local settings, never
 * synced; the password is kept apart by {@link PasswordVault}.
 */
public record ServerSettings(String url, String user, String sslMode, String team) {
    public static final String DEFAULT_SSL_MODE = "verify-full";
    /** The driver's modes that make sense to offer, strictest first. */
    public static final List<String> SSL_MODES = List.of("verify-full", "verify-ca", "require", "disable");
    static final String URL = "sync.server.url";
    static final String USER = "sync.server.user";
    static final String SSL_MODE = "sync.server.sslmode";
    static final String TEAM = "sync.server.team";

    /** Which field is wrong, for the screen to mark it. */
    public enum Field { URL, USER }

    /** A bad value, with the field it belongs to. */
    public static final class InvalidSetting extends IllegalArgumentException {
        private final Field field;

        InvalidSetting(Field field, String message) {
            super(message);
            this.field = field;
        }

        public Field field() {
            return field;
        }
    }

    /** Checks and tidies what was typed; an {@link InvalidSetting} names the field that is wrong. */
    public ServerSettings {
        try {
            url = ServerAccount.normalise(url);
        } catch (IllegalArgumentException e) {
            throw new InvalidSetting(Field.URL, e.getMessage());
        }
        if (url.toLowerCase(Locale.ROOT).contains("password=")) {
            throw new InvalidSetting(Field.URL, "the URL must not carry the password: type it in its own field");
        }
        if (user == null || user.isBlank()) {
            throw new InvalidSetting(Field.USER, "give the PostgreSQL login to sync as");
        }
        user = user.strip();
        sslMode = sslMode == null || sslMode.isBlank() ? DEFAULT_SSL_MODE : sslMode.strip();
        if (!SSL_MODES.contains(sslMode)) {
            throw new IllegalArgumentException("unknown sslmode: " + sslMode);
        }
        team = team == null ? "" : team.strip();
    }

    /** The URL the driver connects to: the typed one with this {@code sslmode} (replacing one typed in it). */
    public String connectUrl() {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        StringBuilder params = new StringBuilder();
        if (query >= 0) {
            for (String pair : url.substring(query + 1).split("&")) {
                if (!pair.isEmpty() && !pair.toLowerCase(Locale.ROOT).startsWith("sslmode=")) {
                    params.append(pair).append('&');
                }
            }
        }
        return base + "?" + params + "sslmode=" + sslMode;
    }

    /** What a stored password belongs to (its associated data): the connection URL and the login. */
    public String account() {
        return connectUrl() + "\n" + user;
    }

    /** Whether a command line's {@code --server URL --user LOGIN} means this server and login. */
    public boolean matches(String otherUrl, String otherUser) {
        try {
            String normalised = ServerAccount.normalise(otherUrl);
            return user.equals(otherUser == null ? null : otherUser.strip())
                    && (normalised.equals(url) || normalised.equals(connectUrl()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static Optional<ServerSettings> load(SettingRepository settings) {
        Optional<String> url = settings.get(URL).filter(value -> !value.isBlank());
        Optional<String> user = settings.get(USER).filter(value -> !value.isBlank());
        if (url.isEmpty() || user.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ServerSettings(url.get(), user.get(), settings.get(SSL_MODE).orElse(null),
                    settings.get(TEAM).orElse("")));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // hand-edited into nonsense: as if not set up
        }
    }

    void save(SettingRepository settings) {
        settings.put(URL, url);
        settings.put(USER, user);
        settings.put(SSL_MODE, sslMode);
        settings.put(TEAM, team);
    }
}
