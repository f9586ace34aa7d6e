package com.annexcloud.sdk.sandbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Configures the sandbox {@link SandboxExtension} starts for a test class. Without it the sandbox holds
 * {@link SandboxData#sample()}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SandboxConfig {
    /** Whether to seed {@link SandboxData#sample()} (ignored when {@link #fixture()} is set). */
    boolean sampleData() default true;

    /** A classpath resource with a fixture to seed instead (see {@link SandboxData#fromJson(java.io.InputStream)}). */
    String fixture() default "";

    /** The Annex Cloud site's points precision, see {@link Sandbox.Builder#annexDecimalPlaces(int)} (default 0). */
    int annexDecimalPlaces() default 0;

    /**
     * Whether a repeated {@code customId} answers AC1010, see {@link Sandbox.Builder#annexDeduplicatesCustomId(boolean)}
     * (default true).
     */
    boolean annexDeduplicatesCustomId() default true;

    /** The size of the Gorgias leaky bucket: requests that may be sent at once (as {@code Sandbox.Builder.gorgiasBudget}). */
    int gorgiasRequests() default 40;

    /** The time, in milliseconds, the Gorgias bucket takes to drain {@link #gorgiasRequests()}. */
    long gorgiasWindowMillis() default 20_000;

    /** The name of the emulated Gorgias account, see {@link Sandbox.Builder#gorgiasAccount(String)} (default {@code sandbox}). */
    String gorgiasAccount() default "sandbox";
}
