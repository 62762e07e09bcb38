package org.fieldbook.sync.folder;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.UUID;

/**
 * The frame shared by segment and snapshot files: header, body, SHA-256 of both, end magic. A file is only
 * accepted whole: cut short, padded, or changed anywhere, its digest or end magic no longer matches.
 */
final class Envelope {
    static final int FOOTER_BYTES = 32 + 8;

    private Envelope() {
    }

    static byte[] assemble(byte[] header, byte[] body, byte[] end) {
        return ByteBuffer.allocate(header.length + body.length + FOOTER_BYTES)
                .put(header).put(body).put(sha256(header, body)).put(end).array();
    }

    /** The body of a file whose header is {@code headerLength} bytes, once its digest and end magic check. */
    static byte[] verifiedBody(byte[] file, int headerLength, byte[] end) throws SegmentFormatException {
        if (file.length < headerLength + FOOTER_BYTES) {
            throw new SegmentFormatException("incomplete (" + file.length + " bytes)");
        }
        byte[] header = Arrays.copyOfRange(file, 0, headerLength);
        byte[] body = Arrays.copyOfRange(file, headerLength, file.length - FOOTER_BYTES);
        byte[] digest = Arrays.copyOfRange(file, file.length - FOOTER_BYTES, file.length - end.length);
        if (!Arrays.equals(Arrays.copyOfRange(file, file.length - end.length, file.length), end)
                || !MessageDigest.isEqual(digest, sha256(header, body))) {
            throw new SegmentFormatException("checksum does not match (incomplete or damaged)");
        }
        return body;
    }

    /** A file of another team, or sealed differently from what the team uses, is refused. */
    static void checkTeam(UUID team, UUID expectedTeam, boolean sealed, TeamKey key) throws SegmentFormatException {
        if (!team.equals(expectedTeam)) {
            throw new SegmentFormatException("belongs to another team");
        }
        if (sealed != (key != null)) {
            throw new SegmentFormatException(sealed ? "encrypted, and no team passphrase was given"
                    : "not encrypted, but the team has a passphrase");
        }
    }

    static void putId(ByteBuffer buffer, UUID id) {
        buffer.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
    }

    private static byte[] sha256(byte[] header, byte[] body) {
        MessageDigest digest = newDigest();
        digest.update(header);
        digest.update(body);
        return digest.digest();
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
