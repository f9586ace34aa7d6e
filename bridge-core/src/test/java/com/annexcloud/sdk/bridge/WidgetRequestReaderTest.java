package com.annexcloud.sdk.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.bridge.model.LoyaltyCard;
import com.annexcloud.sdk.bridge.model.WidgetRequest;
import com.annexcloud.sdk.bridge.model.WidgetResponse;
import com.annexcloud.sdk.core.Secret;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The order an adapter reads a request in: method, path and token first; the body only after them. */
class WidgetRequestReaderTest {
    private static final String TOKEN = "reader-test-token";
    private static final String AWARD = WidgetEndpoint.DEFAULT_PATH + "/award";
    private static final Map<String, List<String>> AUTHORIZED = Map.of("Authorization", List.of("Bearer " + TOKEN));

    private final FakeBridge bridge = new FakeBridge(c -> CompletableFuture.completedFuture(LoyaltyCard.nonMember(c.email())));
    private final WidgetEndpoint endpoint = bridge.widgetEndpoint(Secret.of(TOKEN));

    /** A body that counts reads and, when asked to, fails them. */
    private static final class Body extends InputStream {
        final AtomicInteger reads = new AtomicInteger();
        private final IOException failure;

        Body(IOException failure) {
            this.failure = failure;
        }

        @Override
        public int read() throws IOException {
            reads.incrementAndGet();
            if (failure != null) {
                throw failure;
            }
            return -1;
        }
    }

    private WidgetResponse post(Map<String, List<String>> headers, long length, InputStream body) {
        return WidgetRequestReader.answer(endpoint, "POST", AWARD, null, headers, length, body);
    }

    @Test
    void refusalsOnTokenMethodAndPathComeBeforeAnyBodyIsRead() {
        Body body = new Body(new IOException("must not be read"));

        WidgetResponse anonymous = post(Map.of(), 1000, body);
        WidgetResponse wrongMethod = WidgetRequestReader.answer(endpoint, "PUT", AWARD, null, AUTHORIZED, 1000, body);
        WidgetResponse unknown = WidgetRequestReader.answer(endpoint, "POST", "/other", null, AUTHORIZED, 1000, body);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(body.reads).hasValue(0);
    }

    @Test
    void anAuthenticatedBodyIsPassedOn() {
        byte[] json = "{\"email\":\"jane@example.com\"}".getBytes(StandardCharsets.UTF_8);

        WidgetResponse response = post(AUTHORIZED, json.length, new ByteArrayInputStream(json));

        // The endpoint parsed the body: it names the field the body lacks.
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("is required").doesNotContain("could not be read");
    }

    @Test
    void aBodyThatCannotBeReadIsAJson400AndATimedOutOneA408() {
        WidgetResponse broken = post(AUTHORIZED, 100, new Body(new IOException("connection reset")));
        WidgetResponse socketTimeout = post(AUTHORIZED, 100, new Body(new SocketTimeoutException("read timed out")));
        WidgetResponse idleTimeout = post(AUTHORIZED, 100, new Body(new IOException(new TimeoutException("Idle timeout expired"))));

        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.body()).contains("\"error\":\"invalid_request\"", "could not be read");
        assertThat(socketTimeout.status()).isEqualTo(408);
        assertThat(socketTimeout.body()).contains("not received in time");
        assertThat(idleTimeout.status()).isEqualTo(408);
    }

    @Test
    void aBodyOverTheLimitIs413WhetherDeclaredOrNot() {
        Body declared = new Body(null);
        byte[] big = new byte[WidgetRequestReader.MAX_BODY_BYTES + 1];

        assertThat(post(AUTHORIZED, big.length, declared).status()).isEqualTo(413);
        assertThat(declared.reads).as("a declared length over the limit is refused unread").hasValue(0);
        assertThat(post(AUTHORIZED, -1, new ByteArrayInputStream(big)).status()).isEqualTo(413);
    }

    @Test
    void anUndecodableQueryIs400AfterAuthenticationAndUnread() {
        Body body = new Body(new IOException("must not be read"));

        WidgetResponse anonymous = WidgetRequestReader.answer(endpoint, "GET", WidgetEndpoint.DEFAULT_PATH, "email=%zz",
                Map.of(), -1, body);
        WidgetResponse authorized = WidgetRequestReader.answer(endpoint, "GET", WidgetEndpoint.DEFAULT_PATH, "email=%zz",
                AUTHORIZED, -1, body);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(authorized.status()).isEqualTo(400);
        assertThat(body.reads).hasValue(0);
    }

    @Test
    void theQueryIsDecodedWithRepeatsPlusesAndEscapes() {
        assertThat(WidgetRequest.parseQuery("a=1&a=2&b=x%20y+z&flag&&c=%40").orElseThrow())
                .containsEntry("a", List.of("1", "2")).containsEntry("b", List.of("x y z"))
                .containsEntry("flag", List.of("")).containsEntry("c", List.of("@")).hasSize(4);
    }

    @Test
    void precheckRefusesWhatHandleWouldAndLetsTheRestThrough() {
        WidgetRequest anonymous = WidgetRequest.builder().method("POST").path(AWARD).headers(Map.of()).build();
        WidgetRequest authorized = WidgetRequest.builder().from(anonymous).headers(AUTHORIZED).build();

        assertThat(endpoint.precheck(anonymous)).hasValueSatisfying(r -> assertThat(r).isEqualTo(endpoint.handle(anonymous)));
        assertThat(endpoint.precheck(authorized)).isEmpty();
        assertThat(((WidgetEndpoint) request -> endpoint.handle(request)).precheck(anonymous))
                .as("an endpoint of the caller's own refuses nothing early").isEmpty();
    }
}
