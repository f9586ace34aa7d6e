package com.annexcloud.sdk.bridge;

import com.annexcloud.sdk.bridge.model.GorgiasInstallation;
import com.annexcloud.sdk.bridge.model.GorgiasSetup;
import com.annexcloud.sdk.bridge.model.WidgetRequest;
import com.annexcloud.sdk.bridge.model.WidgetResponse;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.internal.Checks;
import com.annexcloud.sdk.core.internal.EnvVars;
import com.annexcloud.sdk.core.internal.Json;
import com.annexcloud.sdk.gorgias.GorgiasOAuth;
import com.annexcloud.sdk.gorgias.GorgiasOAuthException;
import com.annexcloud.sdk.gorgias.InvalidOAuthStateException;
import com.annexcloud.sdk.gorgias.TokenStore;
import com.annexcloud.sdk.gorgias.model.OAuthTokens;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpHandler;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one-click install of a public Gorgias app, framework-free like {@link WidgetEndpoint}: a
 * {@link WidgetRequest} in, a {@link WidgetResponse} out. Mount it at the app's App URL and redirect URI
 * (on the JDK server with {@link #httpHandler()}):
 * <ul>
 *   <li>{@code GET /gorgias/oauth/install?account=acme} (the App URL Gorgias sends the admin to on "Connect
 *       App") answers 302 to {@code https://acme.gorgias.com/oauth/authorize} with a signed single-use
 *       {@code state};</li>
 *   <li>{@code GET /gorgias/oauth/callback?code=…&state=…} (the redirect URI) verifies the state, exchanges
 *       the code, stores the tokens under the account and runs the {@link GorgiasInstaller} for that account
 *       (the HTTP integration, its widget, the routing hook and the macros); 200 with {@code {"account":…,"integrationId":…,"widgetId":…}}.</li>
 * </ul>
 * A forged, expired or replayed state, a missing code or a denied approval answers 400 with a JSON
 * {@code error} and stores nothing; a refused exchange or a failed install answers 502. No answer, log
 * line or exception shows a code, state, token or secret.
 */
public final class InstallHandler {
    /** The default App URL path. */
    public static final String INSTALL_PATH = "/gorgias/oauth/install";
    /** The default redirect URI path. */
    public static final String CALLBACK_PATH = "/gorgias/oauth/callback";
    /** Environment variable: the public root of this server, such as {@code https://loyalty.example.com}. */
    public static final String ENV_PUBLIC_URL = "PUBLIC_URL";
    /** Environment variable: the bearer token the installed integration sends to the widget endpoint. */
    public static final String ENV_BRIDGE_TOKEN = "BRIDGE_TOKEN";
    /**
     * Environment variable (optional): the widget endpoint's https URL as Gorgias reaches it, when it is not
     * {@value #ENV_PUBLIC_URL} plus {@link WidgetEndpoint#DEFAULT_PATH} (a demo served on plain http).
     */
    public static final String ENV_WIDGET_URL = "WIDGET_PUBLIC_URL";
    /** Environment variable (optional): a directory for the accounts' tokens; in memory when unset. */
    public static final String ENV_TOKEN_DIR = "GORGIAS_TOKEN_DIR";
    /**
     * Environment variable (optional): the account host with {@code {account}} for the name, default
     * {@code https://{account}.gorgias.com}; the sandbox's {@code http://127.0.0.1:PORT} for a demo.
     */
    public static final String ENV_ACCOUNT_URL = "GORGIAS_ACCOUNT_URL";

    private static final Logger LOG = LoggerFactory.getLogger(InstallHandler.class);

    private final GorgiasAccounts accounts;
    private final Function<String, GorgiasSetup> setups;

    /**
     * A handler that installs {@code setups.apply(account)} through {@code accounts}' client of that
     * account, storing tokens in {@code accounts}' store. The redirect URI of {@code accounts.oauth()} must
     * end with {@link #CALLBACK_PATH}.
     */
    public InstallHandler(GorgiasAccounts accounts, Function<String, GorgiasSetup> setups) {
        this.accounts = Checks.requireNonNull(accounts, "accounts");
        this.setups = Checks.requireNonNull(setups, "setups");
    }

    /**
     * A handler configured from the environment: {@value GorgiasOAuth#ENV_CLIENT_ID},
     * {@value GorgiasOAuth#ENV_CLIENT_SECRET}, {@value #ENV_PUBLIC_URL} (the redirect URI is it plus
     * {@link #CALLBACK_PATH}; the widget endpoint it plus {@link WidgetEndpoint#DEFAULT_PATH}),
     * {@value #ENV_BRIDGE_TOKEN}, and optionally {@value #ENV_WIDGET_URL}, {@value #ENV_TOKEN_DIR} and
     * {@value #ENV_ACCOUNT_URL}.
     *
     * @throws IllegalStateException naming the first variable that is missing
     */
    public static InstallHandler fromEnv(Map<String, String> env) {
        Checks.requireNonNull(env, "env");
        String publicUrl = EnvVars.required(env, ENV_PUBLIC_URL).replaceAll("/+$", "");
        Secret bridgeToken = Secret.of(EnvVars.required(env, ENV_BRIDGE_TOKEN));
        String accountUrl = EnvVars.optional(env, ENV_ACCOUNT_URL).orElse("https://{account}.gorgias.com");
        GorgiasOAuth oauth = GorgiasOAuth.builder().fromEnv(env)
                .redirectUri(URI.create(publicUrl + CALLBACK_PATH))
                .accountUri(account -> URI.create(accountUrl.replace("{account}", account)))
                .build();
        TokenStore store = EnvVars.optional(env, ENV_TOKEN_DIR).map(dir -> TokenStore.inDirectory(Path.of(dir)))
                .orElseGet(TokenStore::inMemory);
        String widgetUrl = EnvVars.optional(env, ENV_WIDGET_URL).orElse(publicUrl + WidgetEndpoint.DEFAULT_PATH);
        GorgiasSetup setup = GorgiasSetup.builder().publicUrl(URI.create(widgetUrl))
                .bearerToken(bridgeToken).build();
        return new InstallHandler(GorgiasAccounts.of(oauth, store), account -> setup);
    }


    /** The accounts this handler installs for: their clients, tokens and OAuth flow. */
    public GorgiasAccounts accounts() {
        return accounts;
    }

    /**
     * One handler for a whole server: the two install paths answered here, every other request by
     * {@code widgetEndpoint}, so a server that serves a {@link WidgetEndpoint} mounts the install with
     * {@code server(install.routedWith(endpoint))}.
     */
    public WidgetEndpoint routedWith(WidgetEndpoint widgetEndpoint) {
        Checks.requireNonNull(widgetEndpoint, "widgetEndpoint");
        return request -> INSTALL_PATH.equals(request.path()) || CALLBACK_PATH.equals(request.path())
                ? handle(request) : widgetEndpoint.handle(request);
    }

    /** This handler on the JDK's {@code HttpServer}: {@code server.createContext("/gorgias/oauth", handler.httpHandler())}. */
    public HttpHandler httpHandler() {
        return new WidgetHttpHandler(this::handle);
    }

    /** Answers one request. Never throws: every failure becomes a JSON error response. */
    public WidgetResponse handle(WidgetRequest request) {
        if (request.unreadable().isPresent()) {
            return error(request.unreadable().getAsInt(), "unreadable_request");
        }
        boolean install = INSTALL_PATH.equals(request.path());
        if (!install && !CALLBACK_PATH.equals(request.path())) {
            return error(404, "not_found");
        }
        if (!"GET".equals(request.method())) {
            return error(405, "method_not_allowed");
        }
        return install ? redirect(request) : callback(request);
    }

    private WidgetResponse redirect(WidgetRequest request) {
        String account = request.queryParameter("account").orElse("");
        URI authorize;
        try {
            authorize = accounts.oauth().authorizationUri(account);
        } catch (IllegalArgumentException e) {
            return error(400, "invalid_account");
        }
        return WidgetResponse.builder().status(302).body("")
                .putHeaders("Location", authorize.toString())
                .putHeaders("Content-Type", "text/plain; charset=utf-8")
                .putHeaders("Cache-Control", "no-store").build();
    }

    private WidgetResponse callback(WidgetRequest request) {
        if (request.queryParameter("error").isPresent()) {
            return error(400, "access_denied");
        }
        String account;
        try {
            account = accounts.oauth().verifyState(request.queryParameter("state").orElse(null));
        } catch (InvalidOAuthStateException e) {
            LOG.debug("install callback refused: {}", e.getMessage());
            return error(400, "invalid_state");
        }
        Optional<String> code = request.queryParameter("code").filter(value -> !value.isBlank());
        if (code.isEmpty()) {
            return error(400, "missing_code");
        }
        OAuthTokens tokens;
        try {
            tokens = accounts.oauth().exchangeCode(account, code.get());
        } catch (GorgiasOAuthException | com.annexcloud.sdk.core.TransportException e) {
            LOG.debug("install of Gorgias account {}: the code exchange failed: {}", account, e.getMessage());
            return error(502, "token_exchange_failed");
        }
        accounts.tokenStore().save(account, tokens);
        GorgiasInstallation installation;
        try {
            installation = GorgiasInstaller.of(accounts.client(account)).install(setups.apply(account));
        } catch (RuntimeException e) {
            LOG.debug("install of Gorgias account {}: the integration setup failed: {}", account,
                    e.getClass().getSimpleName());
            return error(502, "install_failed");
        }
        LOG.debug("installed Gorgias account {}: integration {}, widget {}", account, installation.integrationId(),
                installation.widgetId());
        ObjectNode body = Json.mapper().createObjectNode().put("account", account)
                .put("integrationId", installation.integrationId()).put("widgetId", installation.widgetId());
        return json(200, body);
    }

    private static WidgetResponse error(int status, String code) {
        return json(status, Json.mapper().createObjectNode().put("error", code));
    }

    private static WidgetResponse json(int status, ObjectNode body) {
        return WidgetResponse.builder().status(status).body(body.toString())
                .putHeaders("Content-Type", "application/json")
                .putHeaders("Cache-Control", "no-store").build();
    }

    @Override
    public String toString() {
        return "InstallHandler[" + accounts + "]";
    }
}
