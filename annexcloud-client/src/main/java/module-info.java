/**
 * The Annex Cloud Loyalty V3 client: {@link com.annexcloud.sdk.loyalty.AnnexCloudClient} and its
 * models in {@code com.annexcloud.sdk.loyalty.model}.
 */
@SuppressWarnings("requires-automatic")
module com.annexcloud.sdk.loyalty {
    requires transitive com.annexcloud.sdk.core;
    requires static org.immutables.value.annotations;

    exports com.annexcloud.sdk.loyalty;
    exports com.annexcloud.sdk.loyalty.model;

    // Jackson reads the models through the package-private classes Immutables generates.
    opens com.annexcloud.sdk.loyalty.model to com.fasterxml.jackson.databind;
    opens com.annexcloud.sdk.loyalty.internal to com.fasterxml.jackson.databind;
}
