package com.annexcloud.sdk.sandbox;

import com.annexcloud.sdk.core.internal.Json;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.immutables.value.Value;

/**
 * The seed of a sandbox: the members of the Annex Cloud emulator and the customers of the Gorgias
 * emulator. {@link Sandbox#reset()} returns to it. As JSON (see docs/sandbox.md):
 * {@code {"members": [SandboxMember…], "customers": [SandboxCustomer…]}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSandboxData.class)
@JsonDeserialize(as = ImmutableSandboxData.class)
public abstract class SandboxData {
    private static final String SAMPLE = "sample-data.json";

    /** A new builder. */
    public static ImmutableSandboxData.Builder builder() {
        return ImmutableSandboxData.builder();
    }

    /** No members, no customers. */
    public static SandboxData empty() {
        return builder().build();
    }

    /**
     * The sample data the demo and docs use: {@code john.doe@example.com} (Silver, 6656 available), 30 more
     * members of every tier, each also a Gorgias customer, and 5 Gorgias customers who are not members,
     * among them {@code nina.nonmember@example.com}.
     */
    public static SandboxData sample() {
        try (InputStream in = SandboxData.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("sandbox resource " + SAMPLE + " is missing");
            }
            return fromJson(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sandbox resource " + SAMPLE, e);
        }
    }

    /**
     * Reads a fixture file.
     *
     * @throws UncheckedIOException when the file cannot be read
     * @throws IllegalArgumentException when it is not a valid fixture
     */
    public static SandboxData fromJson(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return fromJson(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fixture " + file, e);
        }
    }

    /**
     * Reads a fixture from a stream (not closed).
     *
     * @throws IllegalArgumentException when it is not a valid fixture
     */
    public static SandboxData fromJson(InputStream in) {
        try {
            return Json.mapper().readValue(in, SandboxData.class);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a valid sandbox fixture: " + firstLine(e), e);
        }
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int cut = message.indexOf('\n');
        return cut < 0 ? message : message.substring(0, cut);
    }

    /** The loyalty members. */
    public abstract List<SandboxMember> members();

    /** The Gorgias customers, in creation order. */
    public abstract List<SandboxCustomer> customers();
}
