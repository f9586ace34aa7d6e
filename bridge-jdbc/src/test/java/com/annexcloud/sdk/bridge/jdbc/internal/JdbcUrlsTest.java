package com.annexcloud.sdk.bridge.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JdbcUrlsTest {
    @Test
    void dropsPropertiesAndUserInfoThatCanCarryAPassword() {
        assertThat(JdbcUrls.redact("jdbc:postgresql://db:5432/sync?user=bot&password=pw"))
                .isEqualTo("jdbc:postgresql://db:5432/sync");
        assertThat(JdbcUrls.redact("jdbc:sqlserver://db;user=bot;password=pw")).isEqualTo("jdbc:sqlserver://db");
        assertThat(JdbcUrls.redact("jdbc:mysql://bot:pw@db/sync")).isEqualTo("jdbc:mysql://…@db/sync");
        assertThat(JdbcUrls.redact("jdbc:postgresql://db/sync")).isEqualTo("jdbc:postgresql://db/sync");
    }
}
