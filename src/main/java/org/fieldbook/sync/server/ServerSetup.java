package org.fieldbook.sync.server;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The SQL an admin runs once per server and once per team member, after {@link ServerSchema#migrate}. Every
 * statement is idempotent, so running it again changes nothing. Logins get only what syncing needs: no DDL, no
 * UPDATE or DELETE of changes, nothing that bypasses row-level security.
 */
public final class ServerSetup {
    public static final String USER_ROLE = "fieldbook_user";
    private static final Pattern LOGIN = Pattern.compile("[a-z_][a-z0-9_.@-]{0,62}");
    private static final int SCRAM_ITERATIONS = 4096;

    private ServerSetup() {
    }

    /** The rights of the role every Fieldbook login is in, and the team. */
    public static List<String> initSql(String teamName) {
        String team = checkedTeam(teamName);
        return List.of(
                "DO $$ BEGIN CREATE ROLE " + USER_ROLE + " NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$",
                "REVOKE ALL ON SCHEMA fieldbook FROM PUBLIC",
                "GRANT USAGE ON SCHEMA fieldbook TO " + USER_ROLE,
                "GRANT SELECT ON fieldbook.team, fieldbook.member, fieldbook.flyway_schema_history TO " + USER_ROLE,
                "GRANT UPDATE (last_seq) ON fieldbook.team TO " + USER_ROLE,
                "GRANT SELECT, INSERT ON fieldbook.change TO " + USER_ROLE,
                "GRANT SELECT, INSERT, UPDATE (name) ON fieldbook.device TO " + USER_ROLE,
                "GRANT SELECT, INSERT, DELETE ON fieldbook.snapshot TO " + USER_ROLE,
                "GRANT SELECT, INSERT ON fieldbook.snapshot_chunk TO " + USER_ROLE,
                "GRANT EXECUTE ON FUNCTION fieldbook.my_team() TO " + USER_ROLE,
                "INSERT INTO fieldbook.team (team_id, name) VALUES (gen_random_uuid(), " + literal(team)
                        + ") ON CONFLICT (name) DO NOTHING");
    }

    /**
     * A login of its own for one person, in one team. The password goes to the server as a SCRAM-SHA-256
     * verifier, so neither the printed SQL nor the server's log ever holds it in plain text.
     */
    public static List<String> addUserSql(String teamName, String login, char[] password) {
        String team = checkedTeam(teamName);
        String user = checkedLogin(login);
        String verifier = literal(scramVerifier(password));
        return List.of(
                "DO $$ BEGIN CREATE ROLE " + identifier(user) + " LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; "
                        + "END $$",
                "ALTER ROLE " + identifier(user) + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD "
                        + verifier,
                "GRANT " + USER_ROLE + " TO " + identifier(user),
                "INSERT INTO fieldbook.member (login, team_id) SELECT " + literal(user) + ", team_id FROM "
                        + "fieldbook.team WHERE name = " + literal(team)
                        + " ON CONFLICT (login) DO UPDATE SET team_id = excluded.team_id");
    }

    /** Runs statements in one transaction as the admin; fails when the team named does not exist. */
    public static void run(Connection admin, List<String> statements) throws SQLException {
        admin.setAutoCommit(false);
        try (Statement statement = admin.createStatement()) {
            for (String sql : statements) {
                int rows = statement.executeUpdate(sql);
                if (sql.startsWith("INSERT INTO fieldbook.member") && rows == 0) {
                    throw new IllegalArgumentException("there is no team of that name on this server: create it "
                            + "with 'fieldbook server init' first");
                }
            }
            admin.commit();
        } catch (SQLException | RuntimeException e) {
            admin.rollback();
            throw e;
        }
    }

    /** Statements as a script for psql. */
    public static String script(List<String> statements) {
        StringBuilder text = new StringBuilder();
        statements.forEach(sql -> text.append(sql).append(";\n"));
        return text.toString();
    }

    static String checkedLogin(String login) {
        if (login == null || !LOGIN.matcher(login).matches()) {
            throw new IllegalArgumentException("not a login name Fieldbook sets up: '" + login + "' (lower-case "
                    + "letters, digits, _ . @ -, starting with a letter or _, at most 63)");
        }
        return login;
    }

    private static String checkedTeam(String team) {
        if (team == null || team.isBlank() || team.length() > 200 || team.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("give a team name of 1 to 200 characters");
        }
        return team.strip();
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** PostgreSQL's stored form of a SCRAM-SHA-256 password (RFC 5802/7677, as pg's own client tools make it). */
    static String scramVerifier(char[] password) {
        if (password == null || password.length < 8) {
            throw new IllegalArgumentException("a password needs at least 8 characters");
        }
        try {
            byte[] salt = new byte[16];
            new SecureRandom().nextBytes(salt);
            byte[] salted = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password, salt, SCRAM_ITERATIONS, 256)).getEncoded();
            byte[] clientKey = hmac(salted, "Client Key");
            byte[] storedKey = MessageDigest.getInstance("SHA-256").digest(clientKey);
            byte[] serverKey = hmac(salted, "Server Key");
            Base64.Encoder base64 = Base64.getEncoder();
            return "SCRAM-SHA-256$" + SCRAM_ITERATIONS + ":" + base64.encodeToString(salt) + "$"
                    + base64.encodeToString(storedKey) + ":" + base64.encodeToString(serverKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    private static byte[] hmac(byte[] key, String text) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    }
}
