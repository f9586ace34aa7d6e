package com.annexcloud.sdk.examples;

import java.lang.reflect.Proxy;
import java.util.List;

/**
 * A stand-in for the client of a vendor a command never calls ({@code lookup} needs no Gorgias account,
 * {@code install} no Annex Cloud site), so each command asks only for its own settings. Closing it does
 * nothing; any other call fails naming the settings that would configure the real client.
 */
final class NotConfigured {
    private NotConfigured() {
    }

    /** A client of the given interface that refuses every call but {@code close} and {@code toString}. */
    static <T> T client(Class<T> type, List<String> settings) {
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
                    throw new UsageException("this command does not use " + type.getSimpleName()
                            + "; it would need " + String.join(", ", settings));
            }
        });
        return type.cast(standIn);
    }
}
