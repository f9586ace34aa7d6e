package com.annexcloud.sdk.gorgias.internal;

import java.util.regex.Pattern;

/** Gorgias account names: the subdomain of {@code https://{account}.gorgias.com}. */
public final class Accounts {
    private static final Pattern ACCOUNT = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    private Accounts() {
    }

    /** Whether the text is a valid account name. */
    public static boolean isValid(String account) {
        return account != null && ACCOUNT.matcher(account).matches();
    }

    /**
     * The account name, checked.
     *
     * @throws IllegalArgumentException for anything but a lower-case subdomain (the message never echoes it)
     */
    public static String requireValid(String account) {
        if (!isValid(account)) {
            throw new IllegalArgumentException("account must be a Gorgias subdomain such as \"acme\" "
                    + "(lower-case letters, digits and hyphens)");
        }
        return account;
    }
}
