package com.annexcloud.sdk.core.internal;

import com.annexcloud.sdk.core.Secret;
import java.util.regex.Pattern;

/**
 * Makes a vendor's error text safe to keep in an exception: control characters become spaces,
 * {@code Bearer}/{@code Basic} credentials, JWT-shaped tokens and the given secrets are replaced by
 * {@code [redacted]} (vendors have been seen echoing the request's {@code Authorization} header), and the
 * text is cut to 300 characters.
 */
public final class VendorText {
    private static final int MAX_LENGTH = 300;
    private static final String REDACTED = "[redacted]";
    private static final Pattern CREDENTIALS = Pattern.compile(
            "(?i)\\b(?:bearer|basic)\\s+[^\\s\"',;]+|[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}");

    private VendorText() {
    }

    /** The cleaned text, or null when there is none. */
    public static String clean(String text, Secret... secrets) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String cleaned = text.replaceAll("\\p{Cntrl}", " ").strip();
        for (Secret secret : secrets) {
            cleaned = cleaned.replace(secret.reveal(), REDACTED);
        }
        cleaned = CREDENTIALS.matcher(cleaned).replaceAll(REDACTED);
        return cleaned.length() > MAX_LENGTH ? cleaned.substring(0, MAX_LENGTH) + "…" : cleaned;
    }
}
