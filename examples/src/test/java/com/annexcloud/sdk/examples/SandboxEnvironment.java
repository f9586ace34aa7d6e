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
        // what the demo prints for its own sandbox (DemoCommandTest checks each value)
        Map<String, String> env = new HashMap<>(DemoCommand.exports(sandbox, "unused"));
        env.remove("BRIDGE_TOKEN");
        env.put("BRIDGE_CHECKPOINT_DIR", checkpoints.toString());
        return env;
    }
}
