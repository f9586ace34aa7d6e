/**
 * The in-process emulator of the Annex Cloud and Gorgias APIs:
 * {@link com.annexcloud.sdk.sandbox.Sandbox} and, for JUnit 5 users,
 * {@link com.annexcloud.sdk.sandbox.SandboxExtension} (JUnit is needed only when the extension is used).
 */
@SuppressWarnings("requires-automatic")
module com.annexcloud.sdk.sandbox {
    requires transitive com.annexcloud.sdk.core;
    requires jdk.httpserver;
    requires org.slf4j;
    requires static org.immutables.value.annotations;
    // Only SandboxExtension needs JUnit, and whoever uses it has JUnit already.
    requires static org.junit.jupiter.api;

    exports com.annexcloud.sdk.sandbox;

    // Jackson reads fixtures and request bodies through the package-private classes Immutables generates.
    opens com.annexcloud.sdk.sandbox to com.fasterxml.jackson.databind;
    opens com.annexcloud.sdk.sandbox.internal to com.fasterxml.jackson.databind;
}
