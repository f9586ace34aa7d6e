package com.annexcloud.sdk.gorgias.internal;

import com.annexcloud.sdk.gorgias.TokenStore;
import com.annexcloud.sdk.gorgias.model.OAuthTokens;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The {@link TokenStore} of {@link TokenStore#inMemory()}. */
public final class InMemoryTokenStore implements TokenStore {
    private final Map<String, OAuthTokens> tokens = new ConcurrentHashMap<>();

    @Override
    public Optional<OAuthTokens> load(String account) {
        return Optional.ofNullable(tokens.get(Accounts.requireValid(account)));
    }

    @Override
    public void save(String account, OAuthTokens tokens) {
        this.tokens.put(Accounts.requireValid(account), Objects.requireNonNull(tokens, "tokens"));
    }

    @Override
    public void delete(String account) {
        tokens.remove(Accounts.requireValid(account));
    }

    @Override
    public String toString() {
        return "InMemoryTokenStore[" + tokens.size() + " account(s)]";
    }
}
