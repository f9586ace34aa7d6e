package com.annexcloud.sdk.releasecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link ModulePathLookup} in its own JVM with only the module path (the packaged jars of this
 * module, the SDK and their dependencies; no class path), as a modular application would.
 */
class ModulePathIT {
    private static final String MAIN = "com.annexcloud.sdk.releasecheck/" + ModulePathLookup.class.getName();

    @Test
    void looksUpTheSampleMemberOnTheModulePath() throws IOException, InterruptedException {
        Run run = launch();

        assertThat(run.exitCode).as("exit code; stderr:%n%s", run.stderr).isZero();
        assertThat(run.stdout).as("stderr:%n%s", run.stderr).contains(
                "member: true",
                "tier: Silver",
                "bridge exports internal: false",
                "core exports internal to this module: false");
        assertThat(run.line("widget: ")).startsWith("widget: 200 {")
                .contains("\"member\":true", "\"email\":\"" + ModulePathLookup.MEMBER + "\"", "\"current\":\"Silver\"");
        assertThat(run.line("modules: ")).isEqualTo("modules: com.annexcloud.sdk.bridge, com.annexcloud.sdk.sandbox, "
                + "com.annexcloud.sdk.loyalty, com.annexcloud.sdk.gorgias, com.annexcloud.sdk.core");
    }

    private static Run launch() throws IOException, InterruptedException {
        String modulePath = System.getProperty("release-check.modulePath");
        assertThat(modulePath).as("system property release-check.modulePath (set by the pom)").isNotBlank();
        Path stdout = Files.createTempFile("module-path-lookup", ".out");
        Path stderr = Files.createTempFile("module-path-lookup", ".err");
        try {
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "--module-path", modulePath, "--module", MAIN)
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile())
                    .start();
            boolean exited = process.waitFor(2, TimeUnit.MINUTES);
            if (!exited) {
                process.destroyForcibly().waitFor();
            }
            return new Run(exited ? process.exitValue() : -1, Files.readString(stdout), Files.readString(stderr));
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    /** What the launched JVM did. */
    private static final class Run {
        final int exitCode;
        final String stdout;
        final String stderr;

        Run(int exitCode, String stdout, String stderr) {
            this.exitCode = exitCode;
            this.stdout = stdout;
            this.stderr = stderr;
        }

        String line(String prefix) {
            List<String> lines = stdout.lines().filter(line -> line.startsWith(prefix)).toList();
            assertThat(lines).as("lines starting with '%s' in:%n%s", prefix, stdout).hasSize(1);
            return lines.get(0);
        }
    }
}
