package com.annexcloud.sdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The stand-in for an unconfigured vendor client. */
class NotConfiguredClientTest {

    /** A client interface shaped like the SDK's: closeable, with calls that reach a vendor. */
    interface Vendor extends AutoCloseable {
        String lookup(String id);

        @Override
        void close();
    }

    @Test
    void itClosesQuietlyAndThrowsTheGivenFailureOnEveryOtherCall() {
        Vendor standIn = NotConfiguredClient.of(Vendor.class, () -> new IllegalStateException("set vendor.key"));

        standIn.close();
        assertThat(standIn).hasToString("Vendor[not configured]").isEqualTo(standIn)
                .isNotEqualTo(NotConfiguredClient.of(Vendor.class, IllegalStateException::new));
        assertThat(standIn.hashCode()).isEqualTo(System.identityHashCode(standIn));
        assertThatThrownBy(() -> standIn.lookup("42")).isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("set vendor.key");
    }
}
