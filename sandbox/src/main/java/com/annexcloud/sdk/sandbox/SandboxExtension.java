package com.annexcloud.sdk.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension: starts one {@link Sandbox} per test class (shared with its {@code @Nested} classes),
 * resets it before each test, injects it into test methods, constructors and lifecycle methods that
 * declare a {@code Sandbox} parameter, and closes it after the class.
 *
 * <pre>{@code
 * @ExtendWith(SandboxExtension.class)
 * class LoyaltyWidgetTest {
 *     @Test
 *     void showsPoints(Sandbox sandbox) { … }
 * }
 * }</pre>
 *
 * The sandbox holds {@link SandboxData#sample()} unless the class says otherwise with {@link SandboxConfig}.
 */
public final class SandboxExtension implements BeforeEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SandboxExtension.class);
    private static final String KEY = "sandbox";

    @Override
    public void beforeEach(ExtensionContext context) {
        sandbox(context).reset();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Sandbox.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return sandbox(context);
    }

    /** The sandbox of the outermost test class using this extension, started on first use. */
    private static Sandbox sandbox(ExtensionContext context) {
        Running existing = context.getStore(NAMESPACE).get(KEY, Running.class);
        if (existing != null) {
            return existing.sandbox;
        }
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        Class<?> testClass = classContext.getRequiredTestClass();
        return classContext.getStore(NAMESPACE)
                .getOrComputeIfAbsent(KEY, key -> new Running(start(testClass)), Running.class).sandbox;
    }

    private static Sandbox start(Class<?> testClass) {
        Optional<SandboxConfig> config = Optional.ofNullable(testClass.getAnnotation(SandboxConfig.class));
        SandboxData data;
        if (config.map(SandboxConfig::fixture).filter(f -> !f.isBlank()).isPresent()) {
            data = fixture(testClass, config.get().fixture());
        } else {
            data = config.map(SandboxConfig::sampleData).orElse(true) ? SandboxData.sample() : SandboxData.empty();
        }
        Sandbox.Builder builder = Sandbox.builder().data(data);
        config.ifPresent(c -> builder.annexDecimalPlaces(c.annexDecimalPlaces())
                .annexDeduplicatesCustomId(c.annexDeduplicatesCustomId())
                .gorgiasBudget(c.gorgiasRequests(), Duration.ofMillis(c.gorgiasWindowMillis()))
                .gorgiasAccount(c.gorgiasAccount()));
        return builder.start();
    }

    private static SandboxData fixture(Class<?> testClass, String resource) {
        String absolute = resource.startsWith("/") ? resource : "/" + resource;
        try (InputStream in = testClass.getResourceAsStream(absolute)) {
            if (in == null) {
                throw new IllegalStateException("@SandboxConfig fixture not found on the classpath: " + resource);
            }
            return SandboxData.fromJson(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read @SandboxConfig fixture " + resource, e);
        }
    }

    /** Closes the sandbox when JUnit closes the class's store (works with JUnit 5.9 and later). */
    @SuppressWarnings("deprecation")
    private static final class Running implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        private final Sandbox sandbox;

        Running(Sandbox sandbox) {
            this.sandbox = sandbox;
        }

        @Override
        public void close() {
            sandbox.close();
        }
    }
}
