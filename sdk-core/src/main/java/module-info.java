/**
 * The shared runtime of the Annex Cloud and Gorgias clients: the HTTP pipeline with retries and
 * deadlines, lenient JSON reading, {@link com.annexcloud.sdk.core.Secret} and the
 * {@link com.annexcloud.sdk.core.SdkException} hierarchy.
 *
 * <p>{@code com.annexcloud.sdk.core.internal} is shared with the SDK's own modules only.
 */
// "module": the qualified exports name modules built after this one; the annotations are an automatic module.
@SuppressWarnings({"module", "requires-automatic"})
module com.annexcloud.sdk.core {
    requires transitive java.net.http;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires org.slf4j;
    requires static org.immutables.value.annotations;

    exports com.annexcloud.sdk.core;
    exports com.annexcloud.sdk.core.internal to
            com.annexcloud.sdk.loyalty,
            com.annexcloud.sdk.gorgias,
            com.annexcloud.sdk.sandbox,
            com.annexcloud.sdk.bridge,
            com.annexcloud.sdk.bridge.jdbc;
}
