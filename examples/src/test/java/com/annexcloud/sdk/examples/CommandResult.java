package com.annexcloud.sdk.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** What a command of the example app left: its exit code and both streams. */
record CommandResult(int exit, String out, String err) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The last stdout line as JSON (the card of lookup, the summary of a sync). */
    JsonNode lastLineJson() throws IOException {
        String[] lines = out.strip().split("\\R");
        return JSON.readTree(lines[lines.length - 1]);
    }
}
