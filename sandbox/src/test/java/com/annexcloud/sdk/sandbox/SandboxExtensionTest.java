package com.annexcloud.sdk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** One sandbox per class, sample data by default, reset before each test, injected wherever asked. */
@ExtendWith(SandboxExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SandboxExtensionTest {
    private static Sandbox first;

    private final Sandbox injected;

    SandboxExtensionTest(Sandbox injected) {
        this.injected = injected;
    }

    @BeforeEach
    void lifecycleMethodsGetTheSameSandbox(Sandbox sandbox) {
        assertThat(sandbox).isSameAs(injected);
    }

    @Test
    @Order(1)
    void startsWithSampleDataAndInjectsIntoConstructorAndMethod(Sandbox sandbox) {
        first = sandbox;
        assertThat(sandbox).isSameAs(injected);
        assertThat(sandbox.annexCloud().member("john.doe@example.com")).isPresent();

        sandbox.annexCloud().putMember(SandboxMember.builder().id("left-over@x.com").build());
        sandbox.gorgias().faults().failNext("*", ".*", 500, 100);
        new GorgiasCalls(sandbox.gorgias()).get("/customers");
    }

    @Test
    @Order(2)
    void theSameSandboxIsResetBeforeTheNextTest(Sandbox sandbox) {
        assertThat(sandbox).isSameAs(first);
        assertThat(sandbox.annexCloud().member("left-over@x.com")).isEmpty();
        assertThat(sandbox.gorgias().requests().total()).isZero();
        assertThat(new GorgiasCalls(sandbox.gorgias()).get("/customers").status()).isEqualTo(200);
    }

    @Nested
    class NestedClasses {
        @Test
        void shareTheOuterSandbox(Sandbox sandbox) {
            assertThat(sandbox).isSameAs(injected);
        }
    }
}
