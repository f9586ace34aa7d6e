package com.annexcloud.sdk.bridge.internal;

import com.annexcloud.sdk.gorgias.model.CreateIntegration;
import com.annexcloud.sdk.gorgias.model.CreateMacro;
import com.annexcloud.sdk.gorgias.model.CreateWidget;
import com.annexcloud.sdk.gorgias.model.HttpSettings;
import com.annexcloud.sdk.gorgias.model.Integration;
import com.annexcloud.sdk.gorgias.model.Macro;
import com.annexcloud.sdk.gorgias.model.MacroAction;
import com.annexcloud.sdk.gorgias.model.Widget;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * Whether what Gorgias shows already is what the installer would write, so a second install sends nothing.
 * Only what the installer writes is compared: fields Gorgias adds or fills in (ids, datetimes, {@code usage},
 * an intent it chose) do not count, and a header or trigger the admin added is left alone as the update
 * would leave it. What Gorgias does not show cannot be confirmed: an integration whose headers are not echoed
 * is written again, as its token may be stale.
 */
final class UpToDate {
    /** JSON values compared as values: {@code 50} read back as an int equals the long that was written. */
    private static final Comparator<JsonNode> SAME_VALUE = (a, b) -> a.equals(b)
            || a.isNumber() && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0 ? 0 : 1;

    private UpToDate() {
    }

    /** The integration is active and shows every setting of {@code desired}. */
    static boolean integration(Integration shown, CreateIntegration desired) {
        return shown.deactivatedDatetime().isEmpty()
                && shown.name().equals(desired.name())
                && shown.type().equals(desired.type())
                && shown.description().equals(desired.description())
                && shown.http().filter(http -> http(http, desired.http())).isPresent();
    }

    private static boolean http(HttpSettings shown, HttpSettings desired) {
        return shown.url().equals(desired.url())
                && shown.method().equalsIgnoreCase(desired.method())
                && shown.requestContentType().equals(desired.requestContentType())
                && shown.responseContentType().equals(desired.responseContentType())
                && shown.form().isPresent() == desired.form().isPresent()
                && desired.form().map(form -> same(shown.form().get(), form)).orElse(true)
                && contains(shown.headers(), desired.headers(), name -> name.toLowerCase(Locale.ROOT))
                && contains(shown.triggers(), desired.triggers(), name -> name.toLowerCase(Locale.ROOT).replace('-', '_'));
    }

    /** Every entry of {@code desired} is in {@code shown}, names compared in the form {@code sameName} gives. */
    private static <V> boolean contains(Map<String, V> shown, Map<String, V> desired, UnaryOperator<String> sameName) {
        return desired.entrySet().stream().allMatch(wanted -> shown.entrySet().stream()
                .anyMatch(entry -> sameName.apply(entry.getKey()).equals(sameName.apply(wanted.getKey()))
                        && entry.getValue().equals(wanted.getValue())));
    }

    /** The widget is active and lays out the same template in the same place. */
    static boolean widget(Widget shown, CreateWidget desired) {
        return shown.deactivatedDatetime().isEmpty()
                && shown.integrationId().filter(id -> id == desired.integrationId()).isPresent()
                && shown.context().equals(desired.context())
                && shown.type().filter(desired.type()::equals).isPresent()
                && shown.order().filter(order -> order == desired.order()).isPresent()
                && shown.template().filter(template -> same(template, desired.template())).isPresent();
    }

    /** The macro has the same name, language and actions (each action's name, title, type and arguments). */
    static boolean macro(Macro shown, CreateMacro desired) {
        return shown.name().equals(desired.name())
                && shown.externalId().equals(desired.externalId())
                && (desired.language().isEmpty() || shown.language().equals(desired.language()))
                && shown.actions().size() == desired.actions().size()
                && IntStream.range(0, desired.actions().size())
                        .allMatch(i -> action(shown.actions().get(i), desired.actions().get(i)));
    }

    private static boolean action(MacroAction shown, MacroAction desired) {
        return shown.name().equals(desired.name()) && shown.title().equals(desired.title())
                && shown.type().equals(desired.type()) && same(shown.arguments(), desired.arguments());
    }

    private static boolean same(JsonNode shown, JsonNode desired) {
        return shown.equals(SAME_VALUE, desired);
    }
}
