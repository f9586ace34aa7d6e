package com.annexcloud.sdk.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds credentials in text: a signed JWT, a {@code Bearer} token, {@code Basic} credentials (base64 of
 * {@code user:password}), an {@code Authorization} header value, or any of the {@link KnownSecrets}.
 * What it reports is redacted, so a failing test does not print the secret either.
 */
public final class SecretScanner {
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{4,}\\.eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*");
    private static final Pattern BEARER = Pattern.compile("(?i)\\bbearer\\s+([A-Za-z0-9._~+/=-]{8,})");
    private static final Pattern BASIC = Pattern.compile("(?i)\\bbasic\\s+([A-Za-z0-9+/]{4,}={0,2})");
    private static final Pattern AUTHORIZATION =
            Pattern.compile("(?i)\\bauthorization\"?\\s*[:=]\\s*\"?\\[?([^\\s\"\\],]{8,})");
    private static final int CONTEXT = 24;

    private SecretScanner() {
    }

    /**
     * What leaks in {@code text}, as a short redacted description with its surroundings, or empty when
     * nothing does.
     */
    public static Optional<String> findLeak(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        for (String secret : KnownSecrets.all()) {
            int at = text.indexOf(secret);
            if (at >= 0) {
                return Optional.of("a known secret " + excerpt(text, at, at + secret.length()));
            }
        }
        Matcher jwt = JWT.matcher(text);
        if (jwt.find()) {
            return Optional.of("a signed JWT " + excerpt(text, jwt.start(), jwt.end()));
        }
        Matcher bearer = BEARER.matcher(text);
        while (bearer.find()) {
            if (!bearer.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("realm")) {
                return Optional.of("a bearer token " + excerpt(text, bearer.start(1), bearer.end(1)));
            }
        }
        Matcher basic = BASIC.matcher(text);
        while (basic.find()) {
            if (isCredentials(basic.group(1))) {
                return Optional.of("Basic credentials " + excerpt(text, basic.start(1), basic.end(1)));
            }
        }
        Matcher authorization = AUTHORIZATION.matcher(text);
        while (authorization.find()) {
            String value = authorization.group(1).toLowerCase(java.util.Locale.ROOT);
            if (!value.startsWith("redacted") && !value.startsWith("secret[") && !value.equals("bearer")
                    && !value.equals("basic")) {
                return Optional.of("an Authorization value " + excerpt(text, authorization.start(1), authorization.end(1)));
            }
        }
        return Optional.empty();
    }

    /** Whether {@code text} shows no credential at all. */
    public static boolean isClean(String text) {
        return findLeak(text).isEmpty();
    }

    private static boolean isCredentials(String base64) {
        try {
            String decoded = new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
            return decoded.indexOf(':') > 0 && decoded.chars().noneMatch(Character::isISOControl);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    /** The text around the match, with the match itself replaced by its length. */
    static String excerpt(String text, int start, int end) {
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(text.length(), end + CONTEXT);
        return "in \"" + (from > 0 ? "…" : "") + text.substring(from, start) + "[" + (end - start) + " chars redacted]"
                + text.substring(end, to) + (to < text.length() ? "…" : "") + "\"";
    }
}
