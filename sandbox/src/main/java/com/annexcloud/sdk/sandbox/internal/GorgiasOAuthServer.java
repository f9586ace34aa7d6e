package com.annexcloud.sdk.sandbox.internal;

import com.annexcloud.sdk.core.Secret;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The OAuth2 endpoints of one Gorgias account for one registered app, as Gorgias documents them for
 * public apps: {@code GET /oauth/authorize} approves at once (an admin who clicks "Allow") and redirects to
 * {@code redirect_uri} with {@code code} and {@code state}; {@code POST /oauth/token} (a form, the client
 * authenticated by form fields or HTTP Basic) exchanges a code once (grant {@code authorization_code}) and
 * renews access tokens (grant {@code refresh_token}). Access tokens live 24 h on the sandbox clock; refresh
 * tokens do not expire but can be revoked. Errors are RFC 6749 section 5.2 JSON ({@code invalid_client},
 * {@code invalid_grant}, {@code unsupported_grant_type}, {@code invalid_request}).
 */
public final class GorgiasOAuthServer {
    /** The access-token lifetime Gorgias documents. */
    static final Duration ACCESS_LIFETIME = Duration.ofHours(24);
    /** How long a code may wait for its exchange (not documented by Gorgias; RFC 6749 recommends at most 10 min). */
    static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String account;
    private final String clientId;
    private final Secret clientSecret;
    private final Clock clock;
    private final Map<String, Code> codes = new ConcurrentHashMap<>();
    private final Map<String, Instant> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, Boolean> refreshTokens = new ConcurrentHashMap<>();

    private record Code(String redirectUri, Instant expires) {
    }

    /** The endpoints of {@code account} for the app {@code clientId}, on {@code clock}. */
    public GorgiasOAuthServer(String account, String clientId, Secret clientSecret, Clock clock) {
        this.account = account;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.clock = clock;
    }

    /** The account's name. */
    public String account() {
        return account;
    }

    /** The app's client id. */
    public String clientId() {
        return clientId;
    }

    /** The app's client secret. */
    public Secret clientSecret() {
        return clientSecret;
    }

    /** Whether the path is one of these endpoints. */
    boolean serves(SandboxRequest request) {
        return !request.inBase() && (request.path().equals("/oauth/authorize") || request.path().equals("/oauth/token"));
    }

    /** Answers a request {@link #serves} accepted. */
    SandboxResponse handle(SandboxRequest request) {
        if (request.path().equals("/oauth/authorize")) {
            return "GET".equals(request.method()) ? authorize(request.query()) : GorgiasErrorResponses.status(405);
        }
        return "POST".equals(request.method()) ? token(request) : GorgiasErrorResponses.status(405);
    }

    /** Whether {@code token} is a live access token. */
    boolean accepts(String token) {
        Instant expires = accessTokens.get(token);
        return expires != null && clock.instant().isBefore(expires);
    }

    /** Revokes every refresh and access token issued so far (the admin disconnected the app). */
    public void revokeAll() {
        refreshTokens.replaceAll((token, live) -> false);
        accessTokens.clear();
    }

    /** Forgets every code and token. */
    void clear() {
        codes.clear();
        accessTokens.clear();
        refreshTokens.clear();
    }

    private SandboxResponse authorize(Map<String, String> query) {
        String redirect = query.getOrDefault("redirect_uri", "");
        if (!clientId.equals(query.get("client_id")) || !"code".equals(query.get("response_type")) || !absolute(redirect)) {
            return SandboxResponse.html(400, "<!DOCTYPE html><html><body><h1>Invalid authorization request</h1>"
                    + "<p>client_id, response_type=code and an absolute redirect_uri are required.</p></body></html>\n");
        }
        String code = random();
        codes.put(code, new Code(redirect, clock.instant().plus(CODE_LIFETIME)));
        Map<String, String> back = new LinkedHashMap<>();
        back.put("code", code);
        Optional.ofNullable(query.get("state")).ifPresent(state -> back.put("state", state));
        String location = redirect + (redirect.contains("?") ? "&" : "?") + form(back);
        return SandboxResponse.empty(302).withHeader("Location", location);
    }

    private SandboxResponse token(SandboxRequest request) {
        Map<String, String> form = parseForm(new String(request.body(), StandardCharsets.UTF_8));
        if (!clientAuthenticated(request, form)) {
            return error(401, "invalid_client");
        }
        String grant = form.getOrDefault("grant_type", "");
        if (grant.equals("authorization_code")) {
            Code code = form.containsKey("code") ? codes.remove(form.get("code")) : null;
            if (code == null || !clock.instant().isBefore(code.expires()) || !code.redirectUri().equals(form.get("redirect_uri"))) {
                return error(400, "invalid_grant");
            }
            String refresh = random();
            refreshTokens.put(refresh, true);
            return issue(refresh);
        }
        if (grant.equals("refresh_token")) {
            String refresh = form.getOrDefault("refresh_token", "");
            return Boolean.TRUE.equals(refreshTokens.get(refresh)) ? issue(refresh) : error(400, "invalid_grant");
        }
        return grant.isEmpty() ? error(400, "invalid_request") : error(400, "unsupported_grant_type");
    }

    private boolean clientAuthenticated(SandboxRequest request, Map<String, String> form) {
        String header = request.header("Authorization").orElse("");
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String pair = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = pair.indexOf(':');
                return colon > 0 && clientId.equals(decode(pair.substring(0, colon)))
                        & clientSecret.matches(decode(pair.substring(colon + 1)));
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return clientId.equals(form.get("client_id")) & clientSecret.matches(form.get("client_secret"));
    }

    private SandboxResponse issue(String refresh) {
        String access = random();
        accessTokens.put(access, clock.instant().plus(ACCESS_LIFETIME));
        ObjectNode body = JsonBody.MAPPER.createObjectNode()
                .put("access_token", access)
                .put("token_type", "Bearer")
                .put("expires_in", ACCESS_LIFETIME.toSeconds())
                .put("refresh_token", refresh)
                .put("scope", "openid email profile offline write:all");
        return SandboxResponse.json(200, body).withHeader("Cache-Control", "no-store");
    }

    private static SandboxResponse error(int status, String code) {
        return SandboxResponse.json(status, JsonBody.MAPPER.createObjectNode().put("error", code));
    }

    private static boolean absolute(String uri) {
        try {
            URI parsed = URI.create(uri);
            return parsed.isAbsolute() && parsed.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Map<String, String> parseForm(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                try {
                    form.putIfAbsent(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
                } catch (IllegalArgumentException ignored) {
                    // an undecodable field is left out, and the grant then fails on it
                }
            }
        }
        return form;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String form(Map<String, String> fields) {
        StringBuilder out = new StringBuilder();
        fields.forEach((name, value) -> out.append(out.length() == 0 ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return out.toString();
    }

    private static String random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "GorgiasOAuthServer[" + clientId + "]";
    }
}
