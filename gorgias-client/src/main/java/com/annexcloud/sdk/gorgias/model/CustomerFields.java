package com.annexcloud.sdk.gorgias.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** The customer fields a caller writes, shared by {@link CreateCustomer} and {@link UpdateCustomer}; unset fields are not sent. */
public interface CustomerFields {

    /** The main email address (checked for a basic {@code name@domain.tld} shape). */
    Optional<String> email();

    /** The full name. */
    Optional<String> name();

    /** The first name. */
    Optional<String> firstname();

    /** The last name. */
    Optional<String> lastname();

    /** The id of the customer in your own system, sent as {@code external_id}. */
    @JsonProperty("external_id")
    Optional<String> externalId();

    /** The language, such as {@code en}. */
    Optional<String> language();

    /** The time zone, such as {@code UTC}. */
    Optional<String> timezone();

    /** A free-text note agents see. */
    Optional<String> note();

    /** Metadata to store on the customer. */
    Optional<JsonNode> meta();
}
