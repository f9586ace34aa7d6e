package com.annexcloud.sdk.bridge;

import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** A bridge's two clients over the {@link AnnexStubs} of a WireMock, counting requests in flight; closed after each test. */
final class StubbedClients implements AutoCloseable {
    final InFlightCounter transport = new InFlightCounter();
    final AnnexCloudClient annex;
    final GorgiasClient gorgias;

    StubbedClients(WireMockExtension wm) {
        this.annex = AnnexStubs.annex(wm, transport);
        this.gorgias = AnnexStubs.gorgias(wm);
    }

    /** A bridge builder over both clients. */
    LoyaltyBridge.Builder bridge() {
        return LoyaltyBridge.builder().annexCloud(annex).gorgias(gorgias);
    }

    @Override
    public void close() {
        annex.close();
        gorgias.close();
    }
}
