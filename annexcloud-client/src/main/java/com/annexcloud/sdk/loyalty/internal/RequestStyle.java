package com.annexcloud.sdk.loyalty.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The house Immutables style ({@code SdkStyle}) for request types, except that a missing required
 * attribute is an {@link IllegalArgumentException} naming it, like every other request validation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        jdkOnly = true,
        optionalAcceptNullable = true,
        allParameters = false,
        defaultAsDefault = false,
        redactedMask = "****",
        validationMethod = Value.Style.ValidationMethod.SIMPLE,
        throwForInvalidImmutableState = IllegalArgumentException.class
)
public @interface RequestStyle {
}
