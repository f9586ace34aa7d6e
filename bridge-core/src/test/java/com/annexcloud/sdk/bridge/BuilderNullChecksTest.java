package com.annexcloud.sdk.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.gorgias.GorgiasOAuth;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One rule for every builder of the SDK (both clients, the OAuth app, the bridge and its widget endpoint):
 * a null passed to any setter fails at once, naming the parameter ({@code "<name> must …"}), so a
 * regression to a bare {@code Objects.requireNonNull(x)} or to no check at all fails here.
 */
class BuilderNullChecksTest {

    static Stream<Supplier<Object>> builders() {
        return Stream.of(AnnexCloudClient::builder, GorgiasClient::builder, GorgiasOAuth::builder,
                LoyaltyBridge::builder, WidgetEndpoint::builder);
    }

    @ParameterizedTest
    @MethodSource("builders")
    void everySetterRefusesNullNamingTheParameter(Supplier<Object> newBuilder) throws Exception {
        Class<?> type = newBuilder.get().getClass();
        List<String> unnamed = new ArrayList<>();
        int checked = 0;
        for (Method setter : type.getDeclaredMethods()) {
            if (!Modifier.isPublic(setter.getModifiers()) || setter.getParameterCount() == 0
                    || Stream.of(setter.getParameterTypes()).allMatch(Class::isPrimitive)) {
                continue;
            }
            Throwable refused = refusal(setter, newBuilder.get());
            checked++;
            if (!(refused instanceof NullPointerException || refused instanceof IllegalArgumentException)
                    || refused.getMessage() == null || !refused.getMessage().matches("[a-zA-Z]+ (must|is) .*")) {
                unnamed.add(setter.getName() + " -> " + refused);
            }
        }

        assertThat(checked).as("setters of %s", type.getSimpleName()).isPositive();
        assertThat(unnamed).as("setters of %s", type.getSimpleName()).isEmpty();
    }

    /** What {@code setter} throws when every reference argument is null (primitives get 0 / false). */
    private static Throwable refusal(Method setter, Object builder) throws IllegalAccessException {
        Object[] arguments = Stream.of(setter.getParameterTypes())
                .map(parameter -> parameter == boolean.class ? Boolean.FALSE : parameter == long.class ? (Object) 0L
                        : parameter.isPrimitive() ? (Object) 0 : null).toArray();
        try {
            setter.invoke(builder, arguments);
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        }
    }
}
