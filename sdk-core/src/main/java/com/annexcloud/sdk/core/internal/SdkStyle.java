package com.annexcloud.sdk.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style every model package of the SDK uses (put it on {@code package-info}):
 * JDK collections only, {@code Immutable*} implementations with public builders, no nulls accepted
 * except into {@code Optional} attributes.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        jdkOnly = true,
        optionalAcceptNullable = true,
        allParameters = false,
        defaultAsDefault = false,
        redactedMask = "****",
        validationMethod = Value.Style.ValidationMethod.SIMPLE
)
public @interface SdkStyle {
}
