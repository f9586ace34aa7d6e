package com.annexcloud.sdk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.bridge.LoyaltyBridge;
import com.annexcloud.sdk.bridge.WidgetEndpoint;
import com.annexcloud.sdk.bridge.model.GoodwillAward;
import com.annexcloud.sdk.bridge.model.GoodwillResult;
import com.annexcloud.sdk.bridge.model.LoyaltyCard;
import com.annexcloud.sdk.bridge.model.WidgetRequest;
import com.annexcloud.sdk.bridge.model.WidgetResponse;
import com.annexcloud.sdk.core.Secret;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 19's action-body attacks on arbitrary input: whatever a proxy or WAF in front reads from the body
 * (the first of duplicated keys, the object before trailing bytes) is what gets credited, or nothing is.
 * The bridge behind the endpoint only records what reached it.
 */
class HostileActionProperties {
    private static final String TOKEN = "hostile-action-token-4242";
    private static final String HEAD = "{\"email\":\"member@example.com\",\"ticketId\":\"17\",";
    private static final Pattern ASCII_DIGITS = Pattern.compile("[0-9]{1,18}");
    private static final Pattern JSON_INTEGER = Pattern.compile("-?(0|[1-9][0-9]{0,17})");
    private static final Map<String, String> VALID = Map.of(
            "email", "member@example.com", "ticketId", "17", "points", "5", "reason", "goodwill");

    private final List<GoodwillAward> awards = new CopyOnWriteArrayList<>();
    private final WidgetEndpoint endpoint = recordingBridge().widgetEndpoint(Secret.of(TOKEN));

    private WidgetResponse award(String body) {
        return endpoint.handle(WidgetRequest.builder().method("POST").path(WidgetEndpoint.DEFAULT_PATH + "/award")
                .putHeaders("Authorization", List.of("Bearer " + TOKEN)).body(body).build());
    }

    @Property(tries = 400)
    void pointsReachTheBridgeOnlyAsAJsonIntegerOrAsciiDigits(@ForAll("pointTexts") String points, @ForAll boolean quoted) {
        awards.clear();
        String json = quoted ? "\"" + points.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : points;

        WidgetResponse response = award(HEAD + "\"points\":" + json + "}");

        // unquoted, white space around a number is JSON's own, not part of the value
        String value = quoted ? points : points.replaceAll("^[ \t\r\n]+|[ \t\r\n]+$", "");
        boolean acceptable = (quoted ? ASCII_DIGITS : JSON_INTEGER).matcher(value).matches();
        if (acceptable) {
            assertThat(awards).singleElement().extracting(GoodwillAward::points).isEqualTo(Long.parseLong(value));
        } else {
            assertThat(response.status()).as(json).isEqualTo(400);
            assertThat(awards).isEmpty();
        }
    }

    @Property(tries = 200)
    void aDuplicatedKeyIsAlwaysRefused(@ForAll("keys") String key, @ForAll("pointTexts") String first) {
        awards.clear();

        WidgetResponse response = award(HEAD + "\"points\":5,\"" + key + "\":\"" + first.replace("\"", "") + "\",\"" + key + "\":7}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(awards).isEmpty();
    }

    @Property(tries = 200)
    void anythingAfterTheObjectIsRefused(@ForAll("trailers") String trailer) {
        awards.clear();

        WidgetResponse response = award(HEAD + "\"points\":5}" + trailer);

        assertThat(response.status()).isEqualTo(400);
        assertThat(awards).isEmpty();
    }

    @Property(tries = 200)
    void aControlCharacterInAnyFieldIsRefusedNotTrimmed(@ForAll("fields") String field, @ForAll("controls") String control,
                                                        @ForAll boolean leading) {
        awards.clear();
        StringBuilder body = new StringBuilder("{");
        VALID.forEach((name, value) -> {
            String text = !name.equals(field) ? value : leading ? control + value : value + control;
            body.append(body.length() > 1 ? "," : "").append('"').append(name).append("\":\"").append(text).append('"');
        });

        WidgetResponse response = award(body.append('}').toString());

        assertThat(response.status()).as(body.toString()).isEqualTo(400);
        assertThat(awards).isEmpty();
    }

    @Provide
    Arbitrary<String> pointTexts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(6),
                Arbitraries.strings().withChars("0123456789+-.eE \t\uFF10\uFF17\u0663\u00B2").ofMinLength(1).ofMaxLength(6),
                Arbitraries.of("+7", "\uFF17", "7.0", "7.5", "1e2", "0x10", " 7", "7 ", "-7", "99999999999999999999",
                        "\u0667", "Infinity", "NaN", "true", "null", "[7]", "{}"));
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.of("email", "ticketId", "reason", "x");
    }

    @Provide
    Arbitrary<String> trailers() {
        return Arbitraries.oneOf(
                Arbitraries.of("x", "{}", "{\"points\":500}", "]", "}", ",", "0", "null", "/*c*/", "//c"),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(10).filter(s -> !s.isBlank()));
    }

    @Provide
    Arbitrary<String> fields() {
        return Arbitraries.of("email", "ticketId", "points", "reason");
    }

    @Provide
    Arbitrary<String> controls() {
        return Arbitraries.of("\\u0000", "\\r\\n", "\\n", "\\t", "\\u001b", "\\u007f");
    }

    /** A bridge that records awards and answers a non-member card; nothing else is called. */
    private LoyaltyBridge recordingBridge() {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            if (method.getName().equals("awardGoodwill")) {
                GoodwillAward award = (GoodwillAward) args[0];
                awards.add(award);
                return GoodwillResult.builder().points(award.points()).alreadyApplied(false)
                        .card(LoyaltyCard.nonMember(award.email())).build();
            }
            if (method.getName().equals("toString")) {
                return "RecordingBridge";
            }
            throw new UnsupportedOperationException(method.getName());
        };
        return (LoyaltyBridge) Proxy.newProxyInstance(LoyaltyBridge.class.getClassLoader(),
                new Class<?>[] {LoyaltyBridge.class}, handler);
    }
}
