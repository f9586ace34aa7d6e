/**
 * The loyalty bridge between Gorgias and Annex Cloud: {@link com.annexcloud.sdk.bridge.LoyaltyBridge}
 * (lookup, enrolment, both syncs), the widget endpoint and its JDK HTTP server adapter, and the card
 * models in {@code com.annexcloud.sdk.bridge.model}.
 */
@SuppressWarnings("requires-automatic")
module com.annexcloud.sdk.bridge {
    requires transitive com.annexcloud.sdk.loyalty;
    requires transitive com.annexcloud.sdk.gorgias;
    requires transitive jdk.httpserver;
    requires org.slf4j;
    requires static org.immutables.value.annotations;

    exports com.annexcloud.sdk.bridge;
    exports com.annexcloud.sdk.bridge.model;

    // Jackson reads and writes cards, tokens and checkpoints through the classes Immutables generates.
    opens com.annexcloud.sdk.bridge to com.fasterxml.jackson.databind;
    opens com.annexcloud.sdk.bridge.model to com.fasterxml.jackson.databind;
    opens com.annexcloud.sdk.bridge.internal to com.fasterxml.jackson.databind;
}
