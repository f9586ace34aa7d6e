package com.annexcloud.sdk.core.internal;

import java.lang.reflect.Proxy;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A stand-in for the client of a vendor the application did not configure, so code that never calls that
 * vendor needs none of its settings. Closing it does nothing; any other call throws the given failure, which
 * should name the settings that would configure the real client.
 */
public final class NotConfiguredClient {
    private NotConfiguredClient() {
    }

    /** A client of the interface {@code type} that refuses every call but {@code close}, {@code toString}, {@code equals} and {@code hashCode}. */
    public static <T> T of(Class<T> type, Supplier<? extends RuntimeException> failure) {
        Objects.requireNonNull(failure, "failure");
        Object standIn = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            switch (method.getName()) {
                case "close":
                    return null;
                case "toString":
                    return type.getSimpleName() + "[not configured]";
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "equals":
                    return proxy == args[0];
                default:
                    throw failure.get();
            }
        });
        return type.cast(standIn);
    }
}
