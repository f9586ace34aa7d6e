package com.annexcloud.sdk.gorgias.internal;

import com.annexcloud.sdk.core.ClientOptions;
import com.annexcloud.sdk.core.JdkHttpTransport;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.TransportResponse;
import com.annexcloud.sdk.core.internal.Checks;
import com.annexcloud.sdk.core.internal.Exchange;
import com.annexcloud.sdk.core.internal.Futures;
import com.annexcloud.sdk.core.internal.HttpPipeline;
import com.annexcloud.sdk.core.internal.Json;
import com.annexcloud.sdk.core.internal.PipelineRequest;
import com.annexcloud.sdk.core.internal.RequestPacer;
import com.annexcloud.sdk.core.internal.RequestSigner;
import com.annexcloud.sdk.gorgias.GorgiasOAuth;
import com.annexcloud.sdk.gorgias.GorgiasOAuthException;
import com.annexcloud.sdk.gorgias.OAuthTokenProvider;
import com.annexcloud.sdk.gorgias.TokenStore;
import com.annexcloud.sdk.gorgias.model.OAuthTokens;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The {@link GorgiasOAuth} that {@link GorgiasOAuth.Builder#build()} returns. */
public final class DefaultGorgiasOAuth implements GorgiasOAuth {
    /** What Gorgias documents for an access token, assumed when an answer has no {@code expires_in}. */
    static final Duration DOCUMENTED_LIFETIME = Duration.ofHours(24);
    private static final String TOKEN_PATH = "/oauth/token";
    private static final Pattern ERROR_CODE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private final String clientId;
    private final Secret clientSecret;
    private final URI redirectUri;
    private final String scope;
    private final Function<String, URI> accountUri;
    private final OAuthState state;
    private final Duration refreshMargin;
    private final ClientAuthentication clientAuthentication;
    private final ClientOptions options;
    private final Map<String, HttpPipeline> pipelines = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /** Wires it; the builder has checked every argument. */
    public DefaultGorgiasOAuth(String clientId, Secret clientSecret, URI redirectUri, List<String> scopes,
                               Function<String, URI> accountUri, OAuthState state, Duration refreshMargin,
                               ClientAuthentication clientAuthentication, ClientOptions options) {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.redirectUri = redirectUri;
        this.scope = String.join(" ", scopes);
        this.accountUri = accountUri;
        this.state = state;
        this.refreshMargin = refreshMargin;
        this.clientAuthentication = clientAuthentication;
        // One transport (one HttpClient) for the pipelines of every account.
        this.options = options.transport().isPresent() ? options : ClientOptions.builder().from(options)
                .transport(JdkHttpTransport.create(options.timeouts().connect(), options.httpVersion())).build();
    }

    @Override
    public URI authorizationUri(String account) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", clientId);
        query.put("scope", scope);
        query.put("redirect_uri", redirectUri.toString());
        query.put("state", state.issue(Accounts.requireValid(account)));
        return URI.create(root(account) + "/oauth/authorize?" + form(query));
    }

    @Override
    public String verifyState(String stateValue) {
        return state.consume(stateValue);
    }

    @Override
    public OAuthTokens exchangeCode(String account, String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("code must not be blank");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("grant_type", "authorization_code");
        fields.put("code", code);
        fields.put("redirect_uri", redirectUri.toString());
        return tokenRequest(account, fields, Optional.empty());
    }

    @Override
    public OAuthTokens refresh(String account, Secret refreshToken) {
        return Futures.await(refreshAsync(account, refreshToken, null, false));
    }

    /**
     * {@link #refresh} without blocking, for {@link RefreshingTokenProvider}: the future fails as {@code refresh}
     * throws.
     *
     * @param deadline when the token request must be over (the deadline of the call the token is for), or
     *                 null for this client's own overall timeout
     */
    CompletableFuture<OAuthTokens> refreshAsync(String account, Secret refreshToken, Instant deadline) {
        return refreshAsync(account, refreshToken, deadline, true);
    }

    private CompletableFuture<OAuthTokens> refreshAsync(String account, Secret refreshToken, Instant deadline,
                                                        boolean async) {
        Checks.requireNonNull(refreshToken, "refreshToken");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("grant_type", "refresh_token");
        fields.put("refresh_token", refreshToken.reveal());
        PipelineRequest request = tokenRequest(fields);
        Exchange exchange = async ? Exchange.async(pipeline(account)) : Exchange.blocking(pipeline(account));
        return (deadline == null ? exchange : exchange.within(deadline)).send(request)
                .thenApply(response -> tokens(response, request, fields.get("grant_type"), Optional.of(refreshToken)));
    }

    @Override
    public URI apiBaseUri(String account) {
        return URI.create(root(account) + "/api");
    }

    @Override
    public OAuthTokenProvider tokenProvider(String account, TokenStore store) {
        return new RefreshingTokenProvider(this, Accounts.requireValid(account), Checks.requireNonNull(store, "store"),
                options.clock(), refreshMargin);
    }

    /**
     * POSTs the form to the account's token endpoint, once (a code is single-use, and a lost refresh answer
     * may have rotated the refresh token), and reads the tokens.
     */
    private OAuthTokens tokenRequest(String account, Map<String, String> fields, Optional<Secret> previousRefresh) {
        PipelineRequest request = tokenRequest(fields);
        return tokens(pipeline(account).execute(request), request, fields.get("grant_type"), previousRefresh);
    }

    /** The token request of the form, sent once: never retried. */
    private PipelineRequest tokenRequest(Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        if (clientAuthentication == ClientAuthentication.BODY) {
            form.put("client_id", clientId);
            form.put("client_secret", clientSecret.reveal());
        }
        return new PipelineRequest("POST", TOKEN_PATH, Map.of(), form(form).getBytes(StandardCharsets.UTF_8), null, false);
    }

    /** The tokens of the token endpoint's answer; a refresh token the answer does not replace is kept. */
    private OAuthTokens tokens(TransportResponse response, PipelineRequest request, String grant,
                               Optional<Secret> previousRefresh) {
        if (!response.isSuccessful()) {
            throw refused(response, request, grant);
        }
        JsonNode json = Json.readTree(response, request.description());
        String access = json.path("access_token").asText("");
        if (access.isBlank()) {
            throw new GorgiasOAuthException("the token endpoint answered without an access_token",
                    request.description(), response.status(), null);
        }
        Instant now = options.clock().instant();
        var tokens = OAuthTokens.builder()
                .accessToken(Secret.of(access))
                .expiresAt(now.plus(lifetime(json.path("expires_in"))));
        String refresh = json.path("refresh_token").asText("");
        if (!refresh.isBlank()) {
            tokens.refreshToken(Secret.of(refresh));
        } else {
            previousRefresh.ifPresent(tokens::refreshToken);
        }
        String granted = json.path("scope").asText("");
        if (!granted.isBlank()) {
            tokens.scope(granted);
        }
        return tokens.build();
    }

    /** {@code expires_in} in seconds, as a number or a numeric string; the documented 24 h when absent or unreadable. */
    private static Duration lifetime(JsonNode expiresIn) {
        if (expiresIn.canConvertToLong() || expiresIn.isTextual() && expiresIn.asText().matches("\\d{1,9}")) {
            long seconds = expiresIn.asLong();
            if (seconds > 0) {
                return Duration.ofSeconds(seconds);
            }
        }
        return DOCUMENTED_LIFETIME;
    }

    private static GorgiasOAuthException refused(TransportResponse response, PipelineRequest request, String grant) {
        String error = null;
        try {
            String code = Json.mapper().readTree(response.body()).path("error").asText("");
            error = ERROR_CODE.matcher(code).matches() ? code : null;
        } catch (java.io.IOException | RuntimeException ignored) {
            // not JSON: the status says enough
        }
        // Never error_description: a server may quote the code or token it refused.
        return new GorgiasOAuthException("the token endpoint refused the " + grant + " grant: HTTP " + response.status()
                + (error == null ? "" : " " + error), request.description(), response.status(), error);
    }

    private HttpPipeline pipeline(String account) {
        String valid = Accounts.requireValid(account);
        if (closed) {
            throw new IllegalStateException("GorgiasOAuth is closed");
        }
        return pipelines.computeIfAbsent(valid, name -> new HttpPipeline("gorgias-oauth", URI.create(root(name)), options,
                clientSigner(), RequestPacer.none()));
    }

    private RequestSigner clientSigner() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        if (clientAuthentication == ClientAuthentication.BASIC) {
            String pair = encode(clientId) + ":" + encode(clientSecret.reveal());
            headers.put("Authorization", "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        Map<String, String> fixed = Map.copyOf(headers);
        return (request, now) -> fixed;
    }

    private String root(String account) {
        String root = Checks.requireBaseUri(accountUri.apply(Accounts.requireValid(account)), "accountUri").toString();
        return root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        closed = true;
        pipelines.values().forEach(HttpPipeline::close);
    }

    @Override
    public String toString() {
        return "GorgiasOAuth[clientId=" + clientId + ", redirectUri=" + redirectUri + "]";
    }
}
