package com.annexcloud.sdk.core.internal;

import java.util.Map;
import java.util.Optional;

/** Reading settings from an environment map, for the SDK's explicit {@code fromEnv}/{@code forEnv} entry points. */
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
}
