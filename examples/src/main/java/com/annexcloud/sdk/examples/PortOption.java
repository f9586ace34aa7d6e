package com.annexcloud.sdk.examples;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --port N} of the server commands: 0 to 65535, 0 picking a free port. */
final class PortOption {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    private int port = 8080;
    private boolean given;

    @Option(names = "--port", paramLabel = "<port>", description = "The port (default: 8080; 0 picks a free one).")
    private void port(int value) {
        if (value < 0 || value > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be a number from 0 to 65535, was " + value);
        }
        this.port = value;
        this.given = true;
    }

    int value() {
        return port;
    }

    /** Whether {@code --port} was on the command line (else the default applies). */
    boolean given() {
        return given;
    }
}
