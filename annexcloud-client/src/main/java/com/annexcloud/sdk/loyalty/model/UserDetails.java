package com.annexcloud.sdk.loyalty.model;

import com.annexcloud.sdk.loyalty.internal.ExtendedAttributeDeserializer;
import com.annexcloud.sdk.loyalty.internal.VendorDateTimeSerializer;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * The profile fields a member has and a create or update may set. Timestamps are written as the vendor
 * documents them ({@code 2018-04-01T00:00:00-0700}); for a plain date pass its start of day, for example
 * {@code LocalDate.of(1990, 5, 17).atStartOfDay().atOffset(ZoneOffset.UTC)}.
 */
public interface UserDetails {

    /** The email address. */
    Optional<String> email();

    /** The first name. */
    Optional<String> firstName();

    /** The last name. */
    Optional<String> lastName();

    /** Whether the member is opted in to the loyalty program. */
    Optional<OptInStatus> optInStatus();

    /** Whether the member is active. */
    Optional<UserStatus> status();

    /** The phone number, as text. */
    Optional<String> phone();

    /** The postal code. */
    Optional<String> zipCode();

    /** The birth date. */
    @JsonSerialize(contentUsing = VendorDateTimeSerializer.class)
    Optional<OffsetDateTime> birthDate();

    /** The anniversary date (birth date or program joining date). */
    @JsonSerialize(contentUsing = VendorDateTimeSerializer.class)
    Optional<OffsetDateTime> anniversaryDate();

    /** The URL of the member's profile image. */
    Optional<String> userProfileImageUrl();

    /** Site-specific attributes, key → value. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonDeserialize(using = ExtendedAttributeDeserializer.class)
    Map<String, String> extendedAttribute();
}
