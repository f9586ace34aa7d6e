package com.annexcloud.sdk.bridge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {
    @ParameterizedTest
    @ValueSource(strings = {"user@domain.com", "first.last+tag@sub.example.co.uk", "o'brien@example.ie", "x@y.io"})
    void acceptsOrdinaryAddresses(String email) {
        assertThat(EmailAddress.validate(email)).isEqualTo(email);
        assertThat(EmailAddress.isValid(email)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "plain", "a@b@example.com", "@example.com", "user@", "user@nodot",
            "us er@example.com", "user@exa\tmple.com", "us/er@example.com", "us\\er@example.com", "user@.example.com",
            "user@example..com", "user@example.com.", "user@exam\nple.com"})
    void refusesWhatCannotBeAnAddress(String email) {
        assertThat(EmailAddress.isValid(email)).isFalse();
        assertThatThrownBy(() -> EmailAddress.validate(email)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void trimsAndBoundsTheLength() {
        assertThat(EmailAddress.validate("  user@domain.com ")).isEqualTo("user@domain.com");
        assertThat(EmailAddress.isValid("a".repeat(65) + "@example.com")).isFalse();
        assertThat(EmailAddress.isValid("a@" + "b".repeat(320) + ".com")).isFalse();
    }

    @Test
    void keysIgnoreCase() {
        assertThat(EmailAddress.key(" User@Domain.COM ")).isEqualTo("user@domain.com");
    }
}
