package com.annexcloud.sdk.gorgias.internal;

import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.internal.Json;
import com.annexcloud.sdk.gorgias.TokenStore;
import com.annexcloud.sdk.gorgias.model.OAuthTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link TokenStore} of {@link TokenStore#inDirectory}: {@code <account>.tokens.json} per account, mode
 * 600 in a directory of mode 700 (where POSIX permissions exist), written to an owner-only temporary file
 * first and moved into place with {@code ATOMIC_MOVE}. Saves are serialised within the process.
 */
public final class FileTokenStore implements TokenStore {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path directory;

    /** A store in the directory, created when missing. */
    public FileTokenStore(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    @Override
    public Optional<OAuthTokens> load(String account) {
        Path file = fileOf(account);
        try {
            JsonNode json = Json.mapper().readTree(Files.readAllBytes(file));
            var tokens = OAuthTokens.builder()
                    .accessToken(Secret.of(json.path("access_token").asText()))
                    .expiresAt(Instant.parse(json.path("expires_at").asText()));
            if (json.hasNonNull("refresh_token")) {
                tokens.refreshToken(Secret.of(json.get("refresh_token").asText()));
            }
            if (json.hasNonNull("scope")) {
                tokens.scope(json.get("scope").asText());
            }
            return Optional.of(tokens.build());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // Never the exception itself: a parser's message can quote the file's text.
            throw new IllegalStateException("cannot read the tokens of account " + account + " from " + file
                    + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    @Override
    public synchronized void save(String account, OAuthTokens tokens) {
        Path file = fileOf(account);
        ObjectNode json = Json.mapper().createObjectNode()
                .put("access_token", tokens.accessToken().reveal())
                .put("expires_at", tokens.expiresAt().toString());
        tokens.refreshToken().ifPresent(refresh -> json.put("refresh_token", refresh.reveal()));
        tokens.scope().ifPresent(scope -> json.put("scope", scope));
        Path temporary = null;
        try {
            ensureDirectory();
            temporary = POSIX
                    ? Files.createTempFile(directory, account + ".", ".tmp",
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile(directory, account + ".", ".tmp");
            Files.write(temporary, Json.mapper().writeValueAsBytes(json));
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            temporary = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the tokens of account " + account + " to " + file, e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the write already failed with its own exception
                }
            }
        }
    }

    @Override
    public synchronized void delete(String account) {
        try {
            Files.deleteIfExists(fileOf(account));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the tokens of account " + account, e);
        }
    }

    private void ensureDirectory() throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        if (POSIX) {
            Files.createDirectories(directory,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(directory);
        }
    }

    private Path fileOf(String account) {
        return directory.resolve(Accounts.requireValid(account) + ".tokens.json");
    }

    @Override
    public String toString() {
        return "FileTokenStore[" + directory + "]";
    }
}
