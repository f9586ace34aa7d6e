package com.annexcloud.sdk.sandbox.internal;

import com.annexcloud.sdk.core.internal.LenientValues;
import com.annexcloud.sdk.sandbox.ImmutableSandboxMember;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Copies the user fields of a {@code POST}/{@code PATCH /users} body onto a member, validating them. Plain
 * dates ({@code yyyy-MM-dd}) are taken as midnight in Annex Cloud's offset.
 */
final class MemberFields {
    private static final int PLAIN_DATE_LENGTH = "yyyy-MM-dd".length();

    private MemberFields() {
    }

    /**
     * Sets every field the body carries.
     *
     * @throws Refusal AC1007 for a value the vendor would refuse
     */
    static void apply(ObjectNode body, ImmutableSandboxMember.Builder member) {
        JsonBody.text(body, "email").ifPresent(member::email);
        JsonBody.text(body, "firstName").ifPresent(member::firstName);
        JsonBody.text(body, "lastName").ifPresent(member::lastName);
        JsonBody.text(body, "phone").ifPresent(member::phone);
        JsonBody.text(body, "zipCode").ifPresent(member::zipCode);
        JsonBody.text(body, "userProfileImageUrl").ifPresent(member::userProfileImageUrl);
        JsonBody.text(body, "optInStatus").map(v -> oneOf(v, "YES", "NO")).ifPresent(member::optInStatus);
        JsonBody.text(body, "status").map(v -> oneOf(v, "ACTIVE", "INACTIVE")).ifPresent(member::status);
        dateField(body, "birthDate", member::birthDate);
        dateField(body, "anniversaryDate", member::anniversaryDate);
        dateField(body, "createDate", member::createDate);
        JsonBody.text(body, "totalSpendCurrency").ifPresent(v -> member.totalSpendCurrency(decimal(v)));
        JsonNode attributes = body.get("extendedAttribute");
        if (attributes != null && !attributes.isNull()) {
            Refusal.require(attributes.isObject(), AnnexErrors.INVALID_PARAMETERS::response);
            for (Map.Entry<String, JsonNode> field : attributes.properties()) {
                member.putExtendedAttribute(field.getKey(), field.getValue().asText(""));
            }
        }
    }

    private static String oneOf(String value, String... allowed) {
        String upper = value.toUpperCase(Locale.ROOT);
        Refusal.require(java.util.List.of(allowed).contains(upper), AnnexErrors.INVALID_PARAMETERS::response);
        return upper;
    }

    private static void dateField(ObjectNode body, String field, Consumer<OffsetDateTime> setter) {
        Optional<String> text = JsonBody.text(body, field);
        if (text.isPresent()) {
            try {
                String value = text.get();
                setter.accept(value.length() == PLAIN_DATE_LENGTH
                        ? LocalDate.parse(value).atStartOfDay().atOffset(Timestamps.ANNEX_OFFSET)
                        : LenientValues.parseDateTime(value));
            } catch (DateTimeException | IllegalArgumentException e) {
                throw new Refusal(AnnexErrors.INVALID_PARAMETERS.response());
            }
        }
    }

    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new Refusal(AnnexErrors.INVALID_PARAMETERS.response());
        }
    }
}
