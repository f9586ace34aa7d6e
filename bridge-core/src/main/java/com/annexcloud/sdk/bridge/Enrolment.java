package com.annexcloud.sdk.bridge;

/** What a lookup does with a ticket customer who is not a loyalty member yet. */
public enum Enrolment {
    /** Only show: a non-member gets {@code "member": false}. */
    EXPLICIT,
    /** Enrol: a non-member is created and opted in (with first and last name when known), then shown. */
    IMPLICIT
}
