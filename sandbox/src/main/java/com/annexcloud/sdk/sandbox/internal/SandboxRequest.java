package com.annexcloud.sdk.sandbox.internal;

import com.sun.net.httpserver.Headers;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request as an emulator sees it.
 *
 * @param method the HTTP method, upper case
 * @param path the percent-decoded path relative to the emulator's base path (the full path when outside it)
 * @param segments the decoded segments of {@code path}
 * @param inBase whether the request is under the emulator's base path
 * @param rawTarget the raw path and query as sent
 * @param query the first value of each query parameter, decoded
 * @param headers the request headers
 * @param body the request body
 */
public record SandboxRequest(String method, String path, List<String> segments, boolean inBase, String rawTarget,
                             Map<String, String> query, Headers headers, byte[] body) {
    /** The first value of a header. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.getFirst(name));
    }
}
