package com.annexcloud.sdk.loyalty;

import com.annexcloud.sdk.core.OpenValue;
import com.annexcloud.sdk.core.internal.Checks;

/**
 * An Annex Cloud error code such as {@code AC1005}. The known codes are constants; any other code the
 * server sends is kept as a value ({@code AnnexCloudErrorCode.of("AC2001").value()}). Compare with
 * {@link #equals(Object)}.
 */
public final class AnnexCloudErrorCode extends OpenValue {
    /** Oops! Something went wrong (seen with HTTP 404). */
    public static final AnnexCloudErrorCode AC1001 = new AnnexCloudErrorCode("AC1001");
    /** Request Not Authorized. */
    public static final AnnexCloudErrorCode AC1002 = new AnnexCloudErrorCode("AC1002");
    /** Method Not Allowed. */
    public static final AnnexCloudErrorCode AC1003 = new AnnexCloudErrorCode("AC1003");
    /** Missing Parameters. */
    public static final AnnexCloudErrorCode AC1004 = new AnnexCloudErrorCode("AC1004");
    /** No data found. */
    public static final AnnexCloudErrorCode AC1005 = new AnnexCloudErrorCode("AC1005");
    /** Data already exists. */
    public static final AnnexCloudErrorCode AC1006 = new AnnexCloudErrorCode("AC1006");
    /** Invalid Parameters. */
    public static final AnnexCloudErrorCode AC1007 = new AnnexCloudErrorCode("AC1007");
    /** User is blocked. */
    public static final AnnexCloudErrorCode AC1008 = new AnnexCloudErrorCode("AC1008");
    /** Opt out user. */
    public static final AnnexCloudErrorCode AC1009 = new AnnexCloudErrorCode("AC1009");
    /** Duplicate order ID (or transaction). */
    public static final AnnexCloudErrorCode AC1010 = new AnnexCloudErrorCode("AC1010");

    private AnnexCloudErrorCode(String value) {
        super(value);
    }

    /**
     * The code for a value, known or not; surrounding blanks are removed.
     *
     * @throws IllegalArgumentException when the value is blank
     */
    public static AnnexCloudErrorCode of(String value) {
        return new AnnexCloudErrorCode(Checks.requireNonBlank(value, "error code").strip());
    }
}
