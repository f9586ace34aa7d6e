/**
 * The Gorgias REST client: {@link com.annexcloud.sdk.gorgias.GorgiasClient} and its models in
 * {@code com.annexcloud.sdk.gorgias.model}.
 */
@SuppressWarnings("requires-automatic")
module com.annexcloud.sdk.gorgias {
    requires transitive com.annexcloud.sdk.core;
    requires org.slf4j;
    requires static org.immutables.value.annotations;

    exports com.annexcloud.sdk.gorgias;
    exports com.annexcloud.sdk.gorgias.model;

    // Jackson reads the models through the package-private classes Immutables generates.
    opens com.annexcloud.sdk.gorgias to com.fasterxml.jackson.databind;
    opens com.annexcloud.sdk.gorgias.model to com.fasterxml.jackson.databind;
    opens com.annexcloud.sdk.gorgias.internal to com.fasterxml.jackson.databind;
}
