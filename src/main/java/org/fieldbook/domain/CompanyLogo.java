package org.fieldbook.domain;

import java.util.Base64;
import java.util.UUID;

/**
 * A logo image (PNG or JPEG) as the quotes draw it. Never edited: choosing another image makes a new logo, so
 * a quote issued with this one still shows it. At most {@link #MAX_BYTES}, so that it travels in one change.
 */
public record CompanyLogo(UUID id, String contentType, String imageBase64, int width, int height) {
    public static final int MAX_BYTES = 64 * 1024;
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";

    public static CompanyLogo of(byte[] image, String contentType, int width, int height) {
        return new CompanyLogo(TimeOrderedId.next(), contentType, Base64.getEncoder().encodeToString(image), width,
                height);
    }

    public byte[] image() {
        return Base64.getDecoder().decode(imageBase64);
    }

    /** The content type a file's first bytes show, or null when it is neither PNG nor JPEG. */
    public static String sniff(byte[] image) {
        if (image.length >= 8 && (image[0] & 0xFF) == 0x89 && image[1] == 'P' && image[2] == 'N' && image[3] == 'G') {
            return PNG;
        }
        if (image.length >= 3 && (image[0] & 0xFF) == 0xFF && (image[1] & 0xFF) == 0xD8 && (image[2] & 0xFF) == 0xFF) {
            return JPEG;
        }
        return null;
    }
}
