package org.fieldbook.domain;

import java.util.regex.Pattern;

/** A pragmatic e-mail check: one @, a dotted domain, no spaces. Full RFC 5322 accepts what no mail client sends. */
public final class EmailAddress {
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");

    private EmailAddress() {
    }

    public static boolean isValid(String address) {
        return address != null && SHAPE.matcher(address.trim()).matches();
    }
}
