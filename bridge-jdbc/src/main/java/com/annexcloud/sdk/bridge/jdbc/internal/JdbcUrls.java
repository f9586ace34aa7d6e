package com.annexcloud.sdk.bridge.jdbc.internal;

/** JDBC URLs as they may be shown: without the properties that can carry a password. */
public final class JdbcUrls {
    private JdbcUrls() {
    }

    /**
     * The URL up to its properties ({@code ?…} or {@code ;…}) with any {@code user:password@} removed:
     * {@code jdbc:postgresql://db:5432/sync?password=x} shows as {@code jdbc:postgresql://db:5432/sync}.
     */
    public static String redact(String url) {
        int end = url.length();
        for (char separator : new char[] {'?', ';'}) {
            int at = url.indexOf(separator);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String shown = url.substring(0, end);
        int authority = shown.indexOf("//");
        int userInfo = shown.lastIndexOf('@');
        if (authority >= 0 && userInfo > authority) {
            shown = shown.substring(0, authority + 2) + "…@" + shown.substring(userInfo + 1);
        }
        return shown;
    }
}
