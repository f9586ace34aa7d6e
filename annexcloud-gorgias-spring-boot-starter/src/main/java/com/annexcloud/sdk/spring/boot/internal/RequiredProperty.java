package com.annexcloud.sdk.spring.boot.internal;

import java.net.URI;
import java.net.URISyntaxException;

/** Startup checks of bound properties, failing with a message that names the property and never its value. */
public final class RequiredProperty {
    private RequiredProperty() {
    }

    /** The value, trimmed; fails when it is unset or blank. */
    public static String text(String value, String property) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(property + " must be set");
        }
        return value.trim();
    }

    /** The value as an absolute URI; fails when it is not one. */
    public static URI uri(String value, String property) {
        try {
            URI uri = new URI(text(value, property));
            if (!uri.isAbsolute()) {
                throw new URISyntaxException(value, "not absolute");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(property + " must be an absolute http(s) URL");
        }
    }

    /**
     * Runs a builder step that takes a URL property, failing with a message that names the property only: the
     * builder's own message quotes the URL, which may carry user-info or a {@code ?token=}, so neither that
     * message nor the exception is kept.
     */
    public static <T> T appliedUrl(String property, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property
                    + " is invalid: it must be an absolute http(s) URL without query or fragment (value not shown)");
        }
    }

    /** Runs a builder step, rewording its {@link IllegalArgumentException} to name the property. */
    public static <T> T applied(String property, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " is invalid: " + e.getMessage(), e);
        }
    }
}
