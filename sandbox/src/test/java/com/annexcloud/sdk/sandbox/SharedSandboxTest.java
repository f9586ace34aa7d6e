package com.annexcloud.sdk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.core.ClientOptions;
import com.annexcloud.sdk.core.RetryPolicy;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.TransportException;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.gorgias.GorgiasUnauthorizedException;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import com.annexcloud.sdk.loyalty.AnnexCloudUnauthorizedException;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JVM-wide sandbox and the properties that point the Spring Boot starter at a sandbox. */
class SharedSandboxTest {

    @Test
    void sharedIsOneRunningSandboxWithSampleData() {
        Sandbox shared = Sandbox.shared();

        assertThat(Sandbox.shared()).isSameAs(shared);
        assertThat(shared.annexCloud().member("john.doe@example.com")).isPresent();
    }

    @Test
    void closingTheSharedSandboxDoesNotStopIt() {
        Sandbox shared = Sandbox.shared();

        shared.close();

        try (AnnexCloudClient annex = AnnexCloudClient.builder().baseUri(shared.annexCloud().baseUri())
                .siteId(shared.annexCloud().siteId()).secret(shared.annexCloud().secret())
                .options(ClientOptions.builder().retryPolicy(RetryPolicy.none()).build()).build()) {
            annex.verifyCredentials();
        }
        assertThat(Sandbox.shared()).isSameAs(shared);
    }

    @Test
    void propertiesNameEverySettingOfBothClients() {
        Sandbox sandbox = Sandbox.shared();
        Map<String, String> properties = sandbox.properties();

        assertThat(properties).containsOnlyKeys("annexcloud.base-url", "annexcloud.site-id", "annexcloud.secret",
                "gorgias.base-url", "gorgias.email", "gorgias.api-key");
        assertThat(properties).containsEntry("annexcloud.base-url", sandbox.annexCloud().baseUri().toString())
                .containsEntry("annexcloud.secret", sandbox.annexCloud().secret().reveal())
                .containsEntry("gorgias.api-key", sandbox.gorgias().apiKey().reveal());
        try (AnnexCloudClient annex = AnnexCloudClient.builder().baseUri(URI.create(properties.get("annexcloud.base-url")))
                .siteId(properties.get("annexcloud.site-id")).secret(Secret.of(properties.get("annexcloud.secret"))).build();
             GorgiasClient gorgias = GorgiasClient.builder().baseUri(URI.create(properties.get("gorgias.base-url")))
                .basicAuth(properties.get("gorgias.email"), Secret.of(properties.get("gorgias.api-key"))).build()) {
            annex.verifyCredentials();
            gorgias.verifyCredentials();
        }
    }

    @Test
    void aClientOfAClosedSandboxIsToldWhichServerItCouldNotReach() {
        Sandbox closed = Sandbox.start();
        URI annexBase = closed.annexCloud().baseUri();
        closed.close();
        try (AnnexCloudClient annex = AnnexCloudClient.builder().baseUri(annexBase).siteId("123456")
                .secret(Sandbox.DEFAULT_ANNEX_SECRET)
                .options(ClientOptions.builder().retryPolicy(RetryPolicy.none()).build()).build()) {
            assertThatThrownBy(annex::verifyCredentials).isInstanceOf(TransportException.class)
                    .hasMessageContaining("ConnectException talking to 127.0.0.1:" + annexBase.getPort());
        }
    }

    @Test
    void theCredentialsChecksFailOnWrongSecrets() {
        Sandbox sandbox = Sandbox.shared();
        try (AnnexCloudClient annex = AnnexCloudClient.builder().baseUri(sandbox.annexCloud().baseUri())
                .siteId(sandbox.annexCloud().siteId()).secret(Secret.of("wrong-secret")).build();
             GorgiasClient gorgias = GorgiasClient.builder().baseUri(sandbox.gorgias().baseUri())
                .basicAuth(sandbox.gorgias().email(), Secret.of("wrong-key")).build()) {
            assertThatThrownBy(annex::verifyCredentials).isInstanceOf(AnnexCloudUnauthorizedException.class);
            assertThatThrownBy(gorgias::verifyCredentials).isInstanceOf(GorgiasUnauthorizedException.class);
        }
    }
}
