package com.annexcloud.sdk.loyalty.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a redemption happened, sent as {@code source}. */
public enum PointsSource {
    /** Online: {@code web}. */
    WEB("web"),
    /** In a store: {@code store}. */
    STORE("store");

    private final String value;

    PointsSource(String value) {
        this.value = value;
    }

    /** The value as sent on the wire. */
    @JsonValue
    public String value() {
        return value;
    }
}
