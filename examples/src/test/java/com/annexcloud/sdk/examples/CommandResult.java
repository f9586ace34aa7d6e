package com.annexcloud.sdk.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** What a command of the example app left: its exit code and both streams. */
record CommandResult(int exit, String out, String err) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Runs a command of the example app in this JVM with {@code env} as its environment. */
    static CommandResult run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = BridgeExample.run(List.of(args), env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandResult(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The last stdout line as JSON (the card of lookup, the summary of a sync). */
    JsonNode lastLineJson() throws IOException {
        String[] lines = out.strip().split("\\R");
        return JSON.readTree(lines[lines.length - 1]);
    }
}
