package com.annexcloud.sdk.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style every model package of the SDK uses (put it on {@code package-info}):
 * JDK collections only, {@code Immutable*} implementations with public builders, no nulls accepted
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
        // value-annotations is a compile-only dependency: no @Generated on generated classes, so users
        // compiling against the SDK get no "cannot find annotation method" warnings.
        allowedClasspathAnnotations = {java.lang.Override.class},
        validationMethod = Value.Style.ValidationMethod.SIMPLE,
        // A builder missing a required value was given a bad argument: say so like every other check.
        throwForInvalidImmutableState = IllegalArgumentException.class
)
public @interface SdkStyle {
}
