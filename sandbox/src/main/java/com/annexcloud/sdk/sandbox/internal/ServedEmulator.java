package com.annexcloud.sdk.sandbox.internal;

import com.annexcloud.sdk.sandbox.Faults;
import com.annexcloud.sdk.sandbox.RequestCounter;
import java.net.URI;
import java.util.concurrent.ExecutorService;

/** What both emulators share: their server, its faults and its request counter. */
abstract class ServedEmulator implements AutoCloseable {
    private final HttpEmulator server;

    ServedEmulator(VendorApi api, ExecutorService executor) {
        this.server = new HttpEmulator(api, executor);
    }

    /** The API's base URI on the emulator's port. */
    public URI baseUri() {
        return server.baseUri();
    }

    /** Fault and latency injection for this emulator. */
    public Faults faults() {
        return server.faults();
    }

    /** The requests this emulator received. */
    public RequestCounter requests() {
        return server.requests();
    }

    /** Forgets counted requests and injected faults. */
    void clearTraffic() {
        server.requests().reset();
        server.faults().clear();
    }

    /** Stops the server. */
    @Override
    public void close() {
        server.close();
    }
}
