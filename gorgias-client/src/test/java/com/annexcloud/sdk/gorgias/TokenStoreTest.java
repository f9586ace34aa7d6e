package com.annexcloud.sdk.gorgias;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.gorgias.model.OAuthTokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both stores keep tokens per account; the file store owner-only and atomically. */
class TokenStoreTest {
    private static final OAuthTokens TOKENS = OAuthTokens.builder().accessToken(Secret.of("acc-file-1234"))
            .refreshToken(Secret.of("ref-file-5678")).expiresAt(Instant.parse("2026-01-02T00:00:00Z"))
            .scope("offline write:all").build();

    @TempDir
    Path temp;

    @Test
    void theMemoryStoreKeepsEachAccountApart() {
        roundTrip(TokenStore.inMemory());
    }

    @Test
    void theFileStoreKeepsEachAccountApartAcrossInstances() {
        Path directory = temp.resolve("tokens");
        roundTrip(TokenStore.inDirectory(directory));
        TokenStore.inDirectory(directory).save("acme", TOKENS);

        assertThat(TokenStore.inDirectory(directory).load("acme")).contains(TOKENS);
    }

    @Test
    void theFileStoreIsOwnerOnlyAndLeavesNoTemporaryFile() throws Exception {
        Path directory = temp.resolve("tokens");
        TokenStore store = TokenStore.inDirectory(directory);
        store.save("acme", TOKENS);
        store.save("acme", OAuthTokens.builder().from(TOKENS).accessToken(Secret.of("acc-file-second")).build());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve("acme.tokens.json"))))
                .isEqualTo("rw-------");
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("acme.tokens.json");
        }
        assertThat(store.load("acme").orElseThrow().accessToken().reveal()).isEqualTo("acc-file-second");
        assertThat(store.toString()).doesNotContain("acc-file");
    }

    @Test
    void anUnreadableFileIsReportedWithoutItsContent() throws Exception {
        Path directory = Files.createDirectories(temp.resolve("tokens"));
        Files.writeString(directory.resolve("acme.tokens.json"), "{\"access_token\":\"acc-leak-9999\",");

        assertThatThrownBy(() -> TokenStore.inDirectory(directory).load("acme")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("acme").hasMessageNotContaining("acc-leak-9999");
    }

    @Test
    void anAccountThatIsNotASubdomainIsRefusedBeforeTouchingAFile() {
        TokenStore store = TokenStore.inDirectory(temp);

        assertThatThrownBy(() -> store.save("../etc", TOKENS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TokenStore.inMemory().load("ACME")).isInstanceOf(IllegalArgumentException.class);
    }

    private static void roundTrip(TokenStore store) {
        store.save("acme", TOKENS);

        assertThat(store.load("acme")).contains(TOKENS);
        assertThat(store.load("other-shop")).isEmpty();
        store.delete("acme");
        assertThat(store.load("acme")).isEmpty();
    }
}
