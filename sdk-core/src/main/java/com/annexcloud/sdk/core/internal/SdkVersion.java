package com.annexcloud.sdk.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The SDK version, read from the properties the build filters into the jar. */
public final class SdkVersion {
    /** The version, or {@code unknown} when the resource is missing. */
    public static final String VERSION = load();

    private SdkVersion() {
    }

    private static String load() {
        try (InputStream in = SdkVersion.class.getResourceAsStream("sdk-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
