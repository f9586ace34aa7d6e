package com.annexcloud.sdk.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class LogHygieneExtensionTest {
    private static final Logger LOG = LoggerFactory.getLogger("hygiene.test");

    private final LogHygieneExtension extension = new LogHygieneExtension();
    private final ExtensionContext context = fakeContext();

    @Test
    void passesWhenTheTestLoggedNoCredential() {
        extension.beforeEach(context);
        LOG.debug("POST /points -> 200 (token {})", "Secret[REDACTED]");

        assertThatCode(() -> extension.afterEach(context)).doesNotThrowAnyException();
    }

    @Test
    void failsNamingTheLoggerWithoutRepeatingTheSecret() {
        extension.beforeEach(context);
        LOG.debug("signing with {}", "sandbox-annexcloud-secret-not-for-production");

        assertThatThrownBy(() -> extension.afterEach(context))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("log line of hygiene.test (DEBUG) shows a known secret")
                .hasMessageNotContaining("sandbox-annexcloud-secret");
    }

    @Test
    void looksOnlyAtLinesLoggedDuringTheTest() {
        LOG.debug("before the test: Bearer abcdefgh12345");
        extension.beforeEach(context);

        assertThatCode(() -> extension.afterEach(context)).doesNotThrowAnyException();
    }

    @Test
    void findsACredentialInAThrowableCause() {
        extension.beforeEach(context);
        LOG.warn("call failed", new IllegalStateException("wrapped", new RuntimeException("Bearer abcdefgh12345")));

        assertThatThrownBy(() -> extension.afterEach(context)).hasMessageContaining("shows a bearer token");
    }

    @Test
    void aContextWithoutMarkIsIgnored() {
        assertThatCode(() -> extension.afterEach(context)).doesNotThrowAnyException();
    }

    /** An extension context whose only working part is its store. */
    private static ExtensionContext fakeContext() {
        Map<Object, Object> values = new HashMap<>();
        ExtensionContext.Store store = (ExtensionContext.Store) Proxy.newProxyInstance(
                ExtensionContext.Store.class.getClassLoader(), new Class<?>[] {ExtensionContext.Store.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "put" -> values.put(args[0], args[1]);
                    case "get" -> values.get(args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (ExtensionContext) Proxy.newProxyInstance(ExtensionContext.class.getClassLoader(),
                new Class<?>[] {ExtensionContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getStore")) {
                        return store;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
