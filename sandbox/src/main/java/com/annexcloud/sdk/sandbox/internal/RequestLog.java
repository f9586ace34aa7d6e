package com.annexcloud.sdk.sandbox.internal;

import com.annexcloud.sdk.sandbox.RequestCounter;
import java.util.ArrayList;
import java.util.List;

/** The requests an emulator received, as (method, relative path) pairs. */
final class RequestLog implements RequestCounter {
    private final List<String[]> requests = new ArrayList<>();

    synchronized void record(SandboxRequest request) {
        requests.add(new String[] {request.method(), request.path()});
    }

    @Override
    public synchronized int count(String method, String pathRegex) {
        EndpointPattern pattern = new EndpointPattern(method, pathRegex);
        return (int) requests.stream().filter(r -> pattern.matches(r[0], r[1])).count();
    }

    @Override
    public synchronized int total() {
        return requests.size();
    }

    @Override
    public synchronized void reset() {
        requests.clear();
    }
}
