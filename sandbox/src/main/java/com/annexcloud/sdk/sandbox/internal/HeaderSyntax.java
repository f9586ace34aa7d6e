package com.annexcloud.sdk.sandbox.internal;

import java.util.Map;
import java.util.Optional;

/**
 * HTTP header syntax (RFC 9110 section 5): a name is a non-empty token, a value holds visible characters, spaces
 * and tabs only. Checked before a request is built, so that no exception quotes a value, which may be a token.
 */
final class HeaderSyntax {
    private static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";

    private HeaderSyntax() {
    }

    /** The name of the first header whose name or value is not valid HTTP. */
    static Optional<String> firstInvalid(Map<String, String> headers) {
        return headers.entrySet().stream().filter(header -> !isName(header.getKey()) || !isValue(header.getValue()))
                .map(Map.Entry::getKey).map(HeaderSyntax::printable).findFirst();
    }

    private static boolean isName(String name) {
        return !name.isEmpty() && name.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || TOKEN_SYMBOLS.indexOf(c) >= 0));
    }

    private static boolean isValue(String value) {
        return value.chars().allMatch(c -> c == ' ' || c == '\t' || c >= 0x21 && c <= 0x7e || c >= 0x80 && c <= 0xff);
    }

    /** The name with anything outside printable ASCII shown as {@code ?}, so that it is safe to record. */
    private static String printable(String name) {
        return name.codePoints().map(c -> c >= 0x20 && c < 0x7f ? c : '?')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
