package com.annexcloud.sdk.core.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/** Argument checks at the SDK's edges; every failure is an {@link IllegalArgumentException} naming the field. */
public final class Checks {
    private Checks() {
    }

    /** Requires a non-blank string. */
    public static String requireNonBlank(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }

    /** Requires a value that can serve as an id: not blank, no control characters, not a dot segment, bounded. */
    public static String requireId(String value, String what, int maxLength) {
        requireNonBlank(value, what);
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(what + " must be at most " + maxLength + " characters, was "
                    + value.length());
        }
        if (value.equals(".") || value.equals("..")) {
            throw new IllegalArgumentException(what + " must not be '.' or '..'");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new IllegalArgumentException(what + " must not contain control characters");
            }
        }
        return value;
    }

    /** Requires a strictly positive amount. */
    public static long requirePositive(long value, String what) {
        if (value <= 0) {
            throw new IllegalArgumentException(what + " must be positive, was " + value);
        }
        return value;
    }

    /**
     * Requires an API root: an absolute {@code http} or {@code https} URI with a host and no user info, query
     * or fragment (the request path is appended to it). The message names the scheme and host only, never
     * user info, which may hold a password.
     */
    public static URI requireBaseUri(URI uri, String what) {
        requireNonNull(uri, what);
        return requireHttp(uri, what, false);
    }

    /**
     * Requires an absolute {@code http} or {@code https} URI with a host and no user info or fragment; a query
     * is allowed (an OAuth redirect URI may carry one, RFC 6749 §3.1.2). The message never shows user info.
     */
    public static URI requireHttpUri(URI uri, String what) {
        requireNonNull(uri, what);
        return requireHttp(uri, what, true);
    }

    /** Parses {@code text} as a URI; the message of a malformed one never repeats the text, which may hold a password. */
    public static URI parseUri(String text, String what) {
        requireNonBlank(text, what);
        try {
            return new URI(text.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(what + " is not a valid URI (" + e.getReason() + " at index "
                    + e.getIndex() + ")");
        }
    }

    private static URI requireHttp(URI uri, String what, boolean queryAllowed) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean valid = (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null
                && uri.getRawUserInfo() == null && (queryAllowed || uri.getRawQuery() == null)
                && uri.getRawFragment() == null;
        if (!valid) {
            throw new IllegalArgumentException(what + " must be an absolute http(s) URI with a host and no user info"
                    + (queryAllowed ? "" : ", query") + " or fragment; was scheme " + (scheme.isEmpty() ? "none" : scheme)
                    + ", host " + (uri.getHost() == null ? "none" : uri.getHost()));
        }
        return uri;
    }

    /** Requires a non-null value. */
    public static <T> T requireNonNull(T value, String what) {
        return Objects.requireNonNull(value, () -> what + " must be set");
    }
}
