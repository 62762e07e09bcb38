package org.fieldbook.sync.folder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * {@code team.json}: the team's id and, with a passphrase, the KDF salt and a sealed check value that tells a
 * wrong passphrase from a right one before any segment is touched. The passphrase itself is never written.
 */
public record TeamFile(UUID teamId, TeamKey key) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] CHECK = "fieldbook team check".getBytes(StandardCharsets.US_ASCII);

    /** Reads the team file, creating it (as the team's first device) when there is none. */
    public static TeamFile openOrCreate(Path root, char[] passphrase) throws IOException, WrongPassphraseException {
        Path file = root.resolve("team.json");
        if (!Files.exists(file)) {
            try {
                create(file, passphrase);
            } catch (FileAlreadyExistsException e) {
                // another device created it a moment ago: theirs is the team
            }
        }
        return read(file, passphrase);
    }

    private static void create(Path file, char[] passphrase) throws IOException {
        UUID teamId = UUID.randomUUID();
        ObjectNode team = JSON.createObjectNode();
        team.put("format", 1);
        team.put("teamId", teamId.toString());
        team.put("createdAt", Instant.now().toString());
        if (passphrase != null && passphrase.length > 0) {
            byte[] salt = TeamKey.randomBytes(16);
            TeamKey key = TeamKey.derive(passphrase, salt, TeamKey.ITERATIONS);
            ObjectNode encryption = team.putObject("encryption");
            encryption.put("cipher", "AES-256-GCM");
            encryption.put("kdf", "PBKDF2WithHmacSHA256");
            encryption.put("iterations", TeamKey.ITERATIONS);
            encryption.put("salt", Base64.getEncoder().encodeToString(salt));
            encryption.put("check", Base64.getEncoder().encodeToString(key.seal(CHECK, idBytes(teamId))));
        }
        FolderFiles.publishNew(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(team));
    }

    private static TeamFile read(Path file, char[] passphrase) throws IOException, WrongPassphraseException {
        JsonNode team = JSON.readTree(Files.readAllBytes(file));
        UUID teamId = UUID.fromString(team.path("teamId").asText());
        JsonNode encryption = team.get("encryption");
        if (encryption == null) {
            return new TeamFile(teamId, null);
        }
        if (passphrase == null || passphrase.length == 0) {
            throw new WrongPassphraseException("this team folder is encrypted: give the team passphrase");
        }
        TeamKey key = TeamKey.derive(passphrase, Base64.getDecoder().decode(encryption.path("salt").asText()),
                encryption.path("iterations").asInt());
        try {
            key.open(Base64.getDecoder().decode(encryption.path("check").asText()), idBytes(teamId));
        } catch (SegmentFormatException e) {
            throw new WrongPassphraseException("the team passphrase is not right");
        }
        return new TeamFile(teamId, key);
    }

    private static byte[] idBytes(UUID id) {
        return java.nio.ByteBuffer.allocate(16).putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits()).array();
    }
}
