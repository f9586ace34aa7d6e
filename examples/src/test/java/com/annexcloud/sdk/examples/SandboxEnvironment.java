package com.annexcloud.sdk.examples;

import com.annexcloud.sdk.sandbox.Sandbox;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The example app's environment variables pointing at a sandbox. */
final class SandboxEnvironment {
    private SandboxEnvironment() {
    }

    /** The app's configuration for the sandbox, without BRIDGE_TOKEN; checkpoints under the given directory. */
    static Map<String, String> of(Sandbox sandbox, Path checkpoints) {
        Map<String, String> env = new HashMap<>();
        env.put("ANNEXCLOUD_BASE_URL", sandbox.annexCloud().baseUri().toString());
        env.put("ANNEXCLOUD_SITE_ID", sandbox.annexCloud().siteId());
        env.put("ANNEXCLOUD_SECRET", sandbox.annexCloud().secret().reveal());
        env.put("GORGIAS_BASE_URL", sandbox.gorgias().baseUri().toString());
        env.put("GORGIAS_EMAIL", sandbox.gorgias().email());
        env.put("GORGIAS_API_KEY", sandbox.gorgias().apiKey().reveal());
        env.put("BRIDGE_CHECKPOINT_DIR", checkpoints.toString());
        return env;
    }
}
