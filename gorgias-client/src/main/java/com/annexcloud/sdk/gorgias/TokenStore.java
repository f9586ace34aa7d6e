package com.annexcloud.sdk.gorgias;

import com.annexcloud.sdk.gorgias.internal.FileTokenStore;
import com.annexcloud.sdk.gorgias.internal.InMemoryTokenStore;
import com.annexcloud.sdk.gorgias.model.OAuthTokens;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where an OAuth app keeps each Gorgias account's tokens, keyed by account (the subdomain, such as
 * {@code acme}). Implementations must be thread-safe; a database-backed one is a few lines.
 */
public interface TokenStore {

    /** The tokens stored for the account, if any. */
    Optional<OAuthTokens> load(String account);

    /**
     * Stores (or replaces) the account's tokens. After a refresh for an async call this runs on the thread
     * that completed the token request (the HTTP client's executor): keep it short, or hand slow I/O off.
     */
    void save(String account, OAuthTokens tokens);

    /** Forgets the account's tokens (after an uninstall or a revoked refresh token). */
    void delete(String account);

    /** A store in this process's memory, lost on exit: for tests and single-process demos. */
    static TokenStore inMemory() {
        return new InMemoryTokenStore();
    }

    /**
     * A store of one JSON file per account in {@code directory} (created owner-only where the file system
     * has POSIX permissions); each file is readable and writable by its owner only and replaced atomically,
     * so a crash leaves the old tokens or the new ones.
     */
    static TokenStore inDirectory(Path directory) {
        return new FileTokenStore(directory);
    }
}
