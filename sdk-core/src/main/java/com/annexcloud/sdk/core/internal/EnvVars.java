package com.annexcloud.sdk.core.internal;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reading settings from an environment map, for the SDK's explicit {@code fromEnv} entry points. One rule
 * for every builder: a required variable that is missing or blank fails at once with
 * {@code "<NAME> is not set"}, an optional one falls back to its default, and a value the setting refuses
 * fails with {@code "<NAME> is invalid: <reason>"}; no message ever holds a secret's value.
 */
public final class EnvVars {
    private EnvVars() {
    }

    /**
     * The trimmed value of {@code name}.
     *
     * @throws IllegalStateException {@code "<name> is not set"} when it is missing or blank
     */
    public static String required(Map<String, String> env, String name) {
        return optional(env, name).orElseThrow(() -> new IllegalStateException(name + " is not set"));
    }

    /** The trimmed value of {@code name}, empty when it is missing or blank. */
    public static Optional<String> optional(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::trim).filter(value -> !value.isEmpty());
    }

    /**
     * Gives {@code value} of variable {@code name} to {@code setting}.
     *
     * @throws IllegalStateException {@code "<name> is invalid: <reason>"} when the setting refuses it
     */
    public static void apply(String name, String value, Consumer<String> setting) {
        try {
            setting.accept(value);
        } catch (IllegalArgumentException refused) {
            throw new IllegalStateException(name + " is invalid: " + refused.getMessage(), refused);
        }
    }
}
