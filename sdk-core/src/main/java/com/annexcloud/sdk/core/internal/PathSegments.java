package com.annexcloud.sdk.core.internal;

import java.nio.charset.StandardCharsets;

/**
 * Puts a caller's id into a URL path as exactly one segment: every byte outside RFC 3986's unreserved
 * set ({@code A-Z a-z 0-9 - . _ ~}) and {@code @} is percent-encoded, so {@code /}, {@code ?}, {@code #},
 * spaces and non-ASCII text can never change the path. Blank ids, ids with control characters or
 * unpaired surrogates (which UTF-8 cannot carry: they would go out as another id), the dot segments
 * {@code .} and {@code ..}, and ids over 512 characters are refused.
 */
public final class PathSegments {
    private static final int MAX_LENGTH = 512;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PathSegments() {
    }

    /**
     * Encodes {@code value} as one path segment.
     *
     * @param what the name of the value in error messages, such as {@code "member id"}
     * @throws IllegalArgumentException naming {@code what} when the value cannot be an id
     */
    public static String encode(String value, String what) {
        Checks.requireId(value, what, MAX_LENGTH);
        requireWellFormed(value, what);
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '@') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    /** Refuses an unpaired surrogate, which {@code getBytes(UTF_8)} would silently turn into {@code ?}. */
    private static void requireWellFormed(String value, String what) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(what + " must not contain unpaired surrogate characters");
            }
        }
    }
}
