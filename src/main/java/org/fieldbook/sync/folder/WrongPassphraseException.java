package org.fieldbook.sync.folder;

/** The team folder is encrypted and the passphrase given does not open it (or none was given). */
public class WrongPassphraseException extends Exception {
    public WrongPassphraseException(String message) {
        super(message);
    }
}
