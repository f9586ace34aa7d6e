package com.annexcloud.sdk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.bridge.LoyaltyBridge;
import com.annexcloud.sdk.bridge.WidgetEndpoint;
import com.annexcloud.sdk.bridge.model.LoyaltyCard;
import com.annexcloud.sdk.bridge.model.TicketCustomer;
import com.annexcloud.sdk.bridge.model.WidgetRequest;
import com.annexcloud.sdk.bridge.model.WidgetResponse;
import com.annexcloud.sdk.core.Secret;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The widget endpoint on arbitrary query strings and headers: 200, 400 or 401, never an exception. */
class WidgetEndpointProperties {
    private static final String TOKEN = "widget-property-token-31337";
    private static final WidgetEndpoint ENDPOINT = stubBridge().widgetEndpoint(Secret.of(TOKEN));

    @Property(tries = 400)
    void answersOnly200400Or401(@ForAll("queries") Map<String, List<String>> query,
                                @ForAll("headers") Map<String, List<String>> headers) {
        WidgetRequest request = WidgetRequest.builder().method("GET").path(WidgetEndpoint.DEFAULT_PATH)
                .query(query).headers(headers).build();

        WidgetResponse response = ENDPOINT.handle(request);

        assertThat(response.status()).isIn(200, 400, 401);
        assertThat(response.headers()).containsKey("Content-Type");
        assertThat(response.body()).startsWith("{").doesNotContain(TOKEN);
        boolean authorized = request.header("Authorization").map(String::trim)
                .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(value -> value.substring(7).trim().equals(TOKEN)).orElse(false);
        if (!authorized) {
            assertThat(response.status()).isEqualTo(401);
        }
    }

    @Provide
    Arbitrary<Map<String, List<String>>> queries() {
        Arbitrary<String> values = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10).map(s -> s + "@example.com"),
                Arbitraries.strings().withChars("ab@.%/\\ \n").ofMaxLength(12),
                Arbitraries.strings().alpha().ofMinLength(90).ofMaxLength(130));
        Arbitrary<String> names = Arbitraries.of("email", "firstName", "lastName", "x", "");
        return Arbitraries.maps(names, values.list().ofMaxSize(2)).ofMaxSize(4);
    }

    @Provide
    Arbitrary<Map<String, List<String>>> headers() {
        Arbitrary<String> authorization = Arbitraries.oneOf(
                Arbitraries.just("Bearer " + TOKEN),
                Arbitraries.just("bearer  " + TOKEN + " "),
                Arbitraries.strings().all().ofMaxLength(30),
                Arbitraries.strings().all().ofMaxLength(30).map(s -> "Bearer " + s),
                Arbitraries.just("Basic " + java.util.Base64.getEncoder().encodeToString("a:b".getBytes())));
        Arbitrary<String> names = Arbitraries.of("Authorization", "authorization", "X-Other", "");
        return Arbitraries.maps(names, authorization.list().ofMaxSize(2)).ofMaxSize(3);
    }

    /** A bridge whose lookups answer a non-member card at once; nothing else is called. */
    private static LoyaltyBridge stubBridge() {
        return (LoyaltyBridge) Proxy.newProxyInstance(LoyaltyBridge.class.getClassLoader(),
                new Class<?>[] {LoyaltyBridge.class}, (proxy, method, args) -> {
                    if (method.isDefault()) {
                        return java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);
                    }
                    if (method.getName().equals("lookupAsync")) {
                        return CompletableFuture.completedFuture(LoyaltyCard.nonMember(((TicketCustomer) args[0]).email()));
                    }
                    if (method.getName().equals("toString")) {
                        return "StubBridge";
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
