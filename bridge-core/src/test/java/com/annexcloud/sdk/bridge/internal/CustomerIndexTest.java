package com.annexcloud.sdk.bridge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.annexcloud.sdk.gorgias.Customers;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The background index when its pager dies of something other than a Gorgias error. */
class CustomerIndexTest {
    private final ExecutorService pager = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        pager.shutdownNow();
    }

    @Test
    void aPagerThatDiesOfAnyExceptionLetsFindFallBackToLookupsInsteadOfWaitingForever() {
        Customers broken = (Customers) Proxy.newProxyInstance(Customers.class.getClassLoader(),
                new Class<?>[] {Customers.class}, (proxy, method, args) -> {
                    throw new IllegalStateException("a bug in the pager's path");
                });
        try (CustomerIndex index = new CustomerIndex(broken)) {
            index.membersRead(10, true);
            index.start(pager);

            // the guard only stops a hang from blocking the build; the assertion is on the answer
            Object found = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> index.find("a@example.com"));

            assertThat(found).as("null: the index cannot tell, look the member up").isNull();
        }
    }
}
