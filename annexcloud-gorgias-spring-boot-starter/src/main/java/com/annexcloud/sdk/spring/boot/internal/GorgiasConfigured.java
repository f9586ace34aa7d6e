package com.annexcloud.sdk.spring.boot.internal;

import java.util.stream.Stream;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when any {@code gorgias.*} connection property is set (in any relaxed form, {@code GORGIAS_EMAIL}
 * included), so a partial configuration still builds the client and fails naming what is missing.
 */
public final class GorgiasConfigured extends SpringBootCondition {
    /** The properties that configure the Gorgias client, as the message of an unconfigured one names them. */
    public static final String PROPERTIES = "gorgias.base-url or gorgias.account, gorgias.email, gorgias.api-key";

    private static final String[] NAMES = {"gorgias.base-url", "gorgias.account", "gorgias.email", "gorgias.api-key"};

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Binder binder = Binder.get(context.getEnvironment());
        boolean any = Stream.of(NAMES).anyMatch(name -> binder.bind(name, String.class)
                .map(value -> !value.isBlank()).orElse(false));
        return any ? ConditionOutcome.match("a gorgias.* property is set")
                : ConditionOutcome.noMatch("no gorgias.* property is set");
    }
}
