package com.annexcloud.sdk.testsupport;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names of an object's public no-argument {@code boolean is…()} methods that answer true, such as
 * {@code [isNotFound, isRetryable]} for an SDK error: a test compares the whole set, so a category that
 * answers true by mistake fails as surely as one that answers false.
 */
public final class TrueFlags {
    private TrueFlags() {
    }

    /** The sorted names of {@code value}'s public {@code is…()} methods that return true. */
    public static Set<String> of(Object value) {
        Set<String> names = new TreeSet<>();
        for (Method method : value.getClass().getMethods()) {
            if (method.getName().startsWith("is") && method.getParameterCount() == 0
                    && method.getReturnType() == boolean.class && !Modifier.isStatic(method.getModifiers())
                    && answersTrue(method, value)) {
                names.add(method.getName());
            }
        }
        return names;
    }

    private static boolean answersTrue(Method method, Object value) {
        try {
            return (boolean) method.invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot ask " + method.getName(), e);
        }
    }
}
