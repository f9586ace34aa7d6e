package com.annexcloud.sdk.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style every model package of the SDK uses (put it on {@code package-info}):
 * JDK collections only, {@code Immutable*} implementations hidden behind the abstract types (each value
 * declares {@code static Builder builder()} and a nested {@code Builder extends ImmutableX.Builder}, and
 * {@code overshadowImplementation} makes {@code build()} return the abstract type), no nulls accepted
 * except into {@code Optional} attributes, and an {@link IllegalArgumentException} naming the missing
 * attribute when {@code build()} lacks a required value.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        jdkOnly = true,
        optionalAcceptNullable = true,
        allParameters = false,
        defaultAsDefault = false,
        redactedMask = "****",
        // build(), of() and with…() return the abstract value type, never the generated Immutable… class.
        overshadowImplementation = true,
        // value-annotations is a compile-only dependency: no @Generated on generated classes, so users
        // compiling against the SDK get no "cannot find annotation method" warnings.
        allowedClasspathAnnotations = {java.lang.Override.class},
        validationMethod = Value.Style.ValidationMethod.SIMPLE,
        // A builder missing a required value was given a bad argument: say so like every other check.
        throwForInvalidImmutableState = IllegalArgumentException.class
)
public @interface SdkStyle {
}
