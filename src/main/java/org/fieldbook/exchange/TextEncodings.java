package org.fieldbook.exchange;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Which encoding a text file is in. A byte-order mark decides; else bytes that are valid UTF-8 are UTF-8 (other
 * encodings almost never form long valid UTF-8 sequences by chance); else the Mozilla detector guesses among
 * GB18030, Big5 and Windows-1252 — the encodings Excel writes for Chinese and Western users — and the guess is
 * kept only if the whole file decodes cleanly in it.
 */
public final class TextEncodings {
    /** What the wizard offers as a manual choice, in this order. */
    public static final List<Charset> OFFERED = List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"),
            Charset.forName("Big5"), Charset.forName("windows-1252"), StandardCharsets.UTF_16LE,
            StandardCharsets.UTF_16BE, StandardCharsets.ISO_8859_1);
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextEncodings() {
    }

    /** The detected encoding and how many bytes of byte-order mark to skip. */
    public record Detected(Charset charset, int bomLength) {
    }

    public static Detected detect(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Detected(StandardCharsets.UTF_16LE, 2);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Detected(StandardCharsets.UTF_16BE, 2);
        }
        if (decodesCleanly(bytes, StandardCharsets.UTF_8)) {
            return new Detected(StandardCharsets.UTF_8, 0);
        }
        Charset guess = guess(bytes);
        if (guess != null && decodesCleanly(bytes, guess)) {
            return new Detected(guess, 0);
        }
        for (Charset candidate : List.of(GB18030, BIG5)) {
            if (decodesCleanly(bytes, candidate)) {
                return new Detected(candidate, 0);
            }
        }
        return new Detected(WINDOWS_1252, 0);
    }

    /** The text of {@code bytes} in {@code charset}, without a byte-order mark; unreadable bytes become U+FFFD. */
    public static String decode(byte[] bytes, Charset charset) {
        int skip = 0;
        if (charset.equals(StandardCharsets.UTF_8) && startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            skip = 3;
        } else if ((charset.equals(StandardCharsets.UTF_16LE) && startsWith(bytes, 0xFF, 0xFE))
                || (charset.equals(StandardCharsets.UTF_16BE) && startsWith(bytes, 0xFE, 0xFF))) {
            skip = 2;
        }
        return new String(bytes, skip, bytes.length - skip, charset);
    }

    /**
     * A file that is not text at all: NUL bytes outside UTF-16, or many control characters. A spreadsheet
     * saved as .xls or a picture picked by mistake must not turn into thousands of rejected rows.
     */
    public static boolean looksBinary(byte[] bytes, Charset charset) {
        if (charset.name().startsWith("UTF-16")) {
            return false;
        }
        int sample = Math.min(bytes.length, 8192);
        int controls = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0C) {
                controls++;
            }
        }
        return sample > 0 && controls * 20 > sample;
    }

    private static Charset guess(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) {
            return null;
        }
        return switch (name.toUpperCase(java.util.Locale.ROOT)) {
            case "GB18030", "GB2312", "GBK", "HZ-GB-2312" -> GB18030; // GB18030 reads GB2312 and GBK text too
            case "BIG5", "BIG5-HKSCS", "EUC-TW" -> BIG5;
            case "WINDOWS-1252", "ISO-8859-1", "ISO-8859-15" -> WINDOWS_1252;
            default -> Charset.isSupported(name) ? Charset.forName(name) : null;
        };
    }

    private static boolean decodesCleanly(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
