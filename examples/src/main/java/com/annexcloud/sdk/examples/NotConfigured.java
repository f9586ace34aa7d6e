package com.annexcloud.sdk.examples;

import com.annexcloud.sdk.core.internal.NotConfiguredClient;
import java.util.List;

/**
 * A stand-in for the client of a vendor a command never calls ({@code lookup} needs no Gorgias account,
 * {@code install} no Annex Cloud site), so each command asks only for its own settings. Closing it does
 * nothing; any other call fails with a {@link UsageException} naming the settings that would configure the
 * real client.
 */
final class NotConfigured {
    private NotConfigured() {
    }

    /** A client of the given interface that refuses every call but {@code close} and {@code toString}. */
    static <T> T client(Class<T> type, List<String> settings) {
        return NotConfiguredClient.of(type, () -> new UsageException("this command does not use "
                + type.getSimpleName() + "; it would need " + String.join(", ", settings)));
    }
}
