package com.annexcloud.sdk.sandbox.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Annex Cloud's {@code {"errorCode":"AC10xx","errorMessage":…}} answers. */
enum AnnexErrors {
    SOMETHING_WENT_WRONG("AC1001", "Oops! Something went wrong.", 404),
    NOT_AUTHORIZED("AC1002", "Request Not Authorized", 401),
    METHOD_NOT_ALLOWED("AC1003", "Method Not Allowed", 405),
    MISSING_PARAMETERS("AC1004", "Missing Parameters", 400),
    NO_DATA_FOUND("AC1005", "No data found", 404),
    ALREADY_EXISTS("AC1006", "Data already exists", 409),
    INVALID_PARAMETERS("AC1007", "Invalid Parameters", 400),
    USER_BLOCKED("AC1008", "User is blocked", 400),
    OPT_OUT_USER("AC1009", "Opt out user", 400),
    DUPLICATE_ORDER("AC1010", "Duplicate order ID", 409);

    private final String code;
    private final String message;
    private final int status;

    AnnexErrors(String code, String message, int status) {
        this.code = code;
        this.message = message;
        this.status = status;
    }

    /** The error with its usual status. */
    SandboxResponse response() {
        return response(status);
    }

    /** The error with a given status. */
    SandboxResponse response(int httpStatus) {
        ObjectNode body = JsonBody.MAPPER.createObjectNode().put("errorCode", code).put("errorMessage", message);
        return SandboxResponse.json(httpStatus, body);
    }

    /** The error body Annex Cloud would send with an injected status. */
    static SandboxResponse forStatus(int status) {
        for (AnnexErrors error : values()) {
            if (error.status == status && error != SOMETHING_WENT_WRONG) {
                return error.response();
            }
        }
        return SOMETHING_WENT_WRONG.response(status);
    }
}
