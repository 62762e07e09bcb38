package org.fieldbook.app;

import java.io.Console;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * Where a command gets the passphrase of an encrypted data folder: a file given on the command line, else an
 * environment variable, else the console when there is one (typed, not echoed). Read into a char[] the caller
 * clears; never logged, never put into a String here.
 */
final class CommandPassphrase {
    static final String VARIABLE = "FIELDBOOK_PASSPHRASE";
    static final String NEW_VARIABLE = "FIELDBOOK_NEW_PASSPHRASE";

    private CommandPassphrase() {
    }

    /** The passphrase from {@code file}, {@code variable} or the console; null if none is given. */
    static char[] read(Path file, String variable, Map<String, String> env, Console console, String prompt) {
        if (file != null) {
            return fromFile(file);
        }
        String value = env.get(variable);
        if (value != null && !value.isEmpty()) {
            return value.toCharArray();
        }
        if (console != null) {
            char[] typed = console.readPassword("%s", prompt);
            return typed == null || typed.length == 0 ? null : typed;
        }
        return null;
    }

    /** The first line of {@code file}, without its line break (spaces are part of a passphrase). */
    static char[] fromFile(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the passphrase file " + file + ": " + e.getMessage(), e);
        }
        CharBuffer decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the passphrase file " + file + " is not UTF-8 text", e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
        int start = decoded.length() > 0 && decoded.charAt(0) == '\uFEFF' ? 1 : 0;
        int end = start;
        while (end < decoded.length() && decoded.charAt(end) != '\n' && decoded.charAt(end) != '\r') {
            end++;
        }
        char[] passphrase = new char[end - start];
        decoded.position(start);
        decoded.get(passphrase);
        decoded.clear();
        while (decoded.hasRemaining()) {
            decoded.put('\0');
        }
        if (passphrase.length == 0) {
            throw new IllegalArgumentException("the passphrase file " + file + " is empty");
        }
        return passphrase;
    }
}
