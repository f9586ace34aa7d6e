package com.annexcloud.sdk.gorgias;

import com.annexcloud.sdk.core.ClientOptions;
import com.annexcloud.sdk.core.ManualTime;
import com.annexcloud.sdk.core.RetryPolicy;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.internal.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/** Clients against WireMock with fake time, exact retries and HTTP/1.1, and Gorgias-shaped JSON. */
final class GorgiasFixture {
    static final String EMAIL = "bot@acme.com";
    static final String API_KEY = "sk-test-4711-do-not-leak";
    static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString((EMAIL + ":" + API_KEY).getBytes(StandardCharsets.UTF_8));
    /** The bearer token in the sample integration's headers. */
    static final String HEADER_SECRET = "brg-tok-93a7f1c2-secret";
    /** Three attempts, 200 ms then 400 ms, no jitter. */
    static final RetryPolicy EXACT_RETRIES = RetryPolicy.builder().jitter(0).build();

    final ManualTime time = ManualTime.create();
    private final WireMockExtension wireMock;

    GorgiasFixture(WireMockExtension wireMock) {
        this.wireMock = wireMock;
    }

    /** Options with fake time, exact retries, HTTP/1.1. */
    ClientOptions.Builder options() {
        return ClientOptions.builder()
                .httpVersion(HttpClient.Version.HTTP_1_1)
                .clock(time.clock())
                .sleeper(time)
                .retryPolicy(EXACT_RETRIES);
    }

    /** A builder on WireMock's {@code /api} with the fixture options and no credentials yet. */
    GorgiasClient.Builder builder() {
        return GorgiasClient.builder().baseUri(URI.create(wireMock.baseUrl() + "/api")).options(options().build());
    }

    /** A basic-auth client with the fixture options. */
    GorgiasClient client() {
        return builder().basicAuth(EMAIL, Secret.of(API_KEY)).build();
    }

    /** The sample customer of the integration document (id 63678235). */
    static String sampleCustomer() {
        return resource("customer.json");
    }

    /** A Gorgias-shaped HTTP integration (id 123) whose Authorization header is {@link #HEADER_SECRET}. */
    static String sampleIntegration() {
        return resource("integration.json");
    }

    /** A Gorgias-shaped ticket widget (id 456) of integration 123. */
    static String sampleWidget() {
        return resource("widget.json");
    }

    /** A payload of the vendor corpus, {@code src/test/resources/vendor/gorgias/<name>} (sources in its README). */
    static String vendor(String name) {
        return resource("/vendor/gorgias/" + name);
    }

    /** The Ticket example of docs/vendor-facts-agent-workflow.md (Gorgias ref "The Ticket object", trimmed). */
    static String sampleTicket() {
        return resource("ticket.json");
    }

    private static String resource(String name) {
        try (InputStream in = GorgiasFixture.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses JSON text with the house mapper. */
    static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small customer as list responses carry it. */
    static String customer(long id, String email) {
        return "{\"id\":" + id + ",\"email\":\"" + email + "\",\"name\":\"Customer " + id + "\",\"active\":true,"
                + "\"created_datetime\":\"2021-11-11T12:28:12.925000+00:00\",\"data\":null,\"note\":null}";
    }

    /** A list envelope holding customers {@code from..to} with the given next cursor (null for the last page). */
    static String page(long from, long to, String nextCursor) {
        String data = LongStream.rangeClosed(from, to).mapToObj(id -> customer(id, "c" + id + "@example.com"))
                .collect(Collectors.joining(","));
        return page(data, nextCursor);
    }

    /** A list envelope around the given JSON objects. */
    static String page(String data, String nextCursor) {
        String next = nextCursor == null ? "null" : "\"" + nextCursor + "\"";
        return "{\"object\":\"list\",\"uri\":\"/api/customers\",\"data\":[" + data + "],"
                + "\"meta\":{\"prev_cursor\":null,\"next_cursor\":" + next + "}}";
    }
}
